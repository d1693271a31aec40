import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { BadUserInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1..${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Cursors are opaque to clients; inside they are offsets into a stable ordering. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === undefined || cursor === null) return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new BadUserInputError('The page cursor is not valid.', { field: 'after' });
  return Number(match[1]) + 1;
}

export function pageWindow(args: PageArgs): { offset: number; limit: number } {
  return { offset: decodeCursor(args.after), limit: args.first ?? DEFAULT_PAGE_SIZE };
}

export function toPage<T>(nodes: T[], totalCount: number, offset: number): Page<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: offset + nodes.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
