import { scriptLanguage } from '../lib/script';

/** A name in Latin script and, below it, in the person's own script (tagged, so its line height and font apply). */
export function HolderName({ fullName, nativeName }: { fullName: string; nativeName?: string | null }) {
  return (
    <>
      <span className="holder-latin">{fullName}</span>
      {nativeName ? (
        <span className="holder-native" lang={scriptLanguage(nativeName)}>
          {nativeName}
        </span>
      ) : null}
    </>
  );
}
