import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { PROGRAMME_STAFF, Roles } from '../auth/access.decorator';
import { ImportNomineesPayload, NomineeFileInput, NomineeImportPreviewModel } from './models/nominee-import.model';
import { NomineeImportService } from './nominee-import.service';

@Resolver()
export class NomineesResolver {
  constructor(private readonly imports: NomineeImportService) {}

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => NomineeImportPreviewModel, { description: 'Reads and checks a nominee list; saves nothing.' })
  previewNomineeImport(@Args('input') input: NomineeFileInput): Promise<NomineeImportPreviewModel> {
    return this.imports.preview(input.fileName, input.contentBase64);
  }

  @Roles(...PROGRAMME_STAFF)
  @Mutation(() => ImportNomineesPayload, { description: 'All or nothing: refused if any row is invalid. Importing the same file again changes nothing.' })
  importNominees(@Args('input') input: NomineeFileInput): Promise<ImportNomineesPayload> {
    return this.imports.import(input.fileName, input.contentBase64);
  }
}
