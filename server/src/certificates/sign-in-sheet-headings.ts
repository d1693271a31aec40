import type { Locale } from '../common/locale';
import type { SignInSheetHeadings } from './pdf/sign-in-sheet-pdf';

/** The printed sheet's headings in each language; the sheet shows English and the cohort's language. */
export const signInSheetHeadings: Record<Locale, SignInSheetHeadings> = {
  en: { sheet: 'Attendance sign-in sheet', number: 'No.', name: 'Name', signature: 'Signature' },
  km: { sheet: 'បញ្ជីចុះហត្ថលេខាវត្តមាន', number: 'ល.រ', name: 'ឈ្មោះ', signature: 'ហត្ថលេខា' },
  my: { sheet: 'တက်ရောက်သူ လက်မှတ်ထိုးစာရင်း', number: 'စဉ်', name: 'အမည်', signature: 'လက်မှတ်' },
  th: { sheet: 'ใบลงชื่อเข้าร่วมอบรม', number: 'ลำดับ', name: 'ชื่อ', signature: 'ลายมือชื่อ' },
  vi: { sheet: 'Danh sách ký tên tham dự', number: 'STT', name: 'Họ và tên', signature: 'Chữ ký' },
};
