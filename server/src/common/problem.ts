import { Field, ObjectType } from '@nestjs/graphql';

/** The values a message is made from (a column, a row number, what was typed), by name. */
export type MessageParams = Record<string, string | number>;

/**
 * A message for people, with a stable `reason` (SCREAMING_SNAKE_CASE, never reworded) and its
 * `params`, so a client can write it in the reader's language; `message` is the English text.
 */
export interface Problem {
  reason: string;
  message: string;
  params: MessageParams;
}

export function problem(reason: string, message: string, params: MessageParams = {}): Problem {
  return { reason, message, params };
}

/**
 * Details for a DomainError whose message a client should be able to translate: they reach the
 * response as `extensions.reason` and `extensions.params`.
 */
export function reasonDetails(reason: string, params: MessageParams = {}): { reason: string; params: MessageParams } {
  return { reason, params };
}

@ObjectType('MessageParam', { description: 'One value a message is made from, so a client can write the message in its own language.' })
export class MessageParamModel {
  @Field()
  name!: string;

  @Field({ description: 'The value as text; numbers in plain digits.' })
  value!: string;
}

/** Params as a GraphQL list, in a stable order. */
export function paramList(params: MessageParams): MessageParamModel[] {
  return Object.keys(params)
    .sort()
    .map((name) => ({ name, value: String(params[name]) }));
}
