import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { BadUserInputError } from './errors';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new BadUserInputError(`"${String(value)}" is not a date (YYYY-MM-DD).`);
  }
  return value;
}

/** A calendar date with no time zone, YYYY-MM-DD. Use as `@Field(() => GraphQLDate)`. */
export const GraphQLDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  parseValue: checkDate,
  serialize: (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : checkDate(value)),
  parseLiteral(ast: ValueNode): string {
    if (ast.kind !== Kind.STRING) throw new BadUserInputError('A date must be a string, YYYY-MM-DD.');
    return checkDate(ast.value);
  },
});
