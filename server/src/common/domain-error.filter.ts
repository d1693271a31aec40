import { Catch, type ExceptionFilter } from '@nestjs/common';
import { DomainError } from './errors';

/**
 * Domain errors are answers, not failures: hand them straight to GraphQL (formatError gives them
 * their `extensions.code`) instead of letting Nest log each one as an unhandled exception.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
