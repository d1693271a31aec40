import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { BadUserInputError } from './errors';
import type { MessageParams } from './problem';

/** One failed rule of an input field, as it reaches the client in `extensions.problems`. */
export interface FieldProblem {
  field: string;
  message: string;
  /** Present when the reason says all the message says, so a client may write it in its own language. */
  reason?: string;
  params?: MessageParams;
}

/**
 * Reasons for class-validator's own rules, with the values their default messages name. A rule
 * with a message of its own gets a reason only from its `context: { reason, params }`: a generic
 * reason would say less than the message written for it.
 */
const RULE_REASONS: Record<string, (constraints: unknown[]) => { reason: string; params?: MessageParams }> = {
  isString: () => ({ reason: 'NOT_TEXT' }),
  minLength: ([min]) => ({ reason: 'TOO_SHORT', params: { min: Number(min) } }),
  maxLength: ([max]) => ({ reason: 'TOO_LONG', params: { max: Number(max) } }),
  isLength: ([min, max]) => ({ reason: 'WRONG_LENGTH', params: { min: Number(min), max: Number(max) } }),
  isUuid: () => ({ reason: 'ID_INVALID' }),
  isEnum: () => ({ reason: 'NOT_ALLOWED' }),
  isIn: () => ({ reason: 'NOT_ALLOWED' }),
  min: ([min]) => ({ reason: 'TOO_SMALL', params: { min: Number(min) } }),
  max: ([max]) => ({ reason: 'TOO_LARGE', params: { max: Number(max) } }),
  isInt: () => ({ reason: 'NOT_WHOLE_NUMBER' }),
  isNumber: () => ({ reason: 'NOT_NUMBER' }),
  isBoolean: () => ({ reason: 'INVALID' }),
  isDate: () => ({ reason: 'NOT_DATE' }),
  isArray: () => ({ reason: 'INVALID' }),
  arrayMinSize: ([min]) => ({ reason: 'TOO_FEW', params: { min: Number(min) } }),
  arrayMaxSize: ([max]) => ({ reason: 'TOO_MANY', params: { max: Number(max) } }),
  isEmail: () => ({ reason: 'EMAIL_INVALID' }),
  isISO31661Alpha2: () => ({ reason: 'COUNTRY_CODE_INVALID' }),
  matches: () => ({ reason: 'FORMAT_INVALID' }),
  whitelistValidation: () => ({ reason: 'FIELD_UNKNOWN' }),
};

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

const rulesCache = new Map<object, ValidationMetadata[]>();

function rulesOf(target: object | undefined): ValidationMetadata[] {
  const type = target?.constructor;
  if (!type || type === Object) return [];
  let rules = rulesCache.get(type);
  if (!rules) {
    rules = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
    rulesCache.set(type, rules);
  }
  return rules;
}

function isContext(value: unknown): value is { reason: string; params?: MessageParams } {
  return typeof value === 'object' && value !== null && typeof (value as { reason?: unknown }).reason === 'string';
}

/** The reason and params of one failed rule, when it has them. */
function reasonFor(error: ValidationError, rule: string): Pick<FieldProblem, 'reason' | 'params'> {
  const context: unknown = error.contexts?.[rule];
  if (isContext(context)) return { reason: context.reason, params: context.params ?? {} };
  if (rule === 'whitelistValidation') return { reason: 'FIELD_UNKNOWN', params: {} };
  const metadata = rulesOf(error.target).find((m) => m.propertyName === error.property && m.name === rule);
  const generic = RULE_REASONS[rule];
  if (!metadata || metadata.message !== undefined || !generic) return {};
  const { reason, params = {} } = generic(metadata.constraints ?? []);
  return { reason, params };
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, message, ...reasonFor(error, rule) }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The one validation pipe: every input class is checked, unknown fields refused, failures become BAD_USER_INPUT. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    // The object a rule failed in is needed to look up the rule's values (a maximum length); it is
    // read here and never sent.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const problems = flattenValidationErrors(errors);
      return new BadUserInputError(problems.map((p) => p.message).join(' '), { problems });
    },
  });
}
