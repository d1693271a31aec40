/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CurrentUser {\n    me {\n      id\n      email\n      roles\n      person {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  fragment CompletionRules_course on Course {\n    id\n    completionRules {\n      minAttendanceRate\n      requirePostTestPass\n      requireActionPlan\n    }\n  }\n": typeof types.CompletionRules_CourseFragmentDoc,
    "\n  fragment CourseCard_course on Course {\n    id\n    slug\n    title\n    summary\n    totalHours\n    modules {\n      id\n    }\n  }\n": typeof types.CourseCard_CourseFragmentDoc,
    "\n  fragment CourseCatalogue_course on Course {\n    id\n    component\n    ...CourseCard_course\n  }\n": typeof types.CourseCatalogue_CourseFragmentDoc,
    "\n  fragment CourseModuleList_module on CourseModule {\n    id\n    slug\n    position\n    title\n    hours\n    objectives\n  }\n": typeof types.CourseModuleList_ModuleFragmentDoc,
    "\n  fragment ModuleLesson_module on CourseModule {\n    id\n    position\n    title\n    hours\n    objectives\n    bodyHtml\n    bodyLocale\n  }\n": typeof types.ModuleLesson_ModuleFragmentDoc,
    "\n  query CataloguePage {\n    courses {\n      id\n      ...CourseCatalogue_course\n    }\n  }\n": typeof types.CataloguePageDocument,
    "\n  query CoursePage($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      component\n      totalHours\n      ...CompletionRules_course\n      modules {\n        id\n        ...CourseModuleList_module\n      }\n    }\n  }\n": typeof types.CoursePageDocument,
    "\n  query ModulePage($courseSlug: String!, $slug: String!) {\n    courseModule(courseSlug: $courseSlug, slug: $slug) {\n      id\n      slug\n      title\n      ...ModuleLesson_module\n      course {\n        id\n        slug\n        title\n        modules {\n          id\n          slug\n          position\n          title\n        }\n      }\n    }\n  }\n": typeof types.ModulePageDocument,
    "\n  fragment ProfileSummary_person on Person {\n    id\n    fullName\n    nativeName\n    countryCode\n    position\n    targetGroup\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.ProfileSummary_PersonFragmentDoc,
    "\n  fragment ProgrammeSummary_course on Course {\n    id\n    totalHours\n    modules {\n      id\n    }\n  }\n": typeof types.ProgrammeSummary_CourseFragmentDoc,
    "\n  query HomePage {\n    me {\n      id\n      email\n      roles\n      person {\n        id\n        fullName\n        ...ProfileSummary_person\n      }\n    }\n    courses {\n      id\n      ...CourseCatalogue_course\n      ...ProgrammeSummary_course\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  fragment NomineePreviewTable_row on NomineeRow {\n    rowNumber\n    fullName\n    nativeName\n    email\n    countryCode\n    organisationName\n    action\n    errors {\n      column\n      message\n    }\n  }\n": typeof types.NomineePreviewTable_RowFragmentDoc,
    "\n  mutation PreviewNomineeImport($input: NomineeFileInput!) {\n    previewNomineeImport(input: $input) {\n      validCount\n      invalidCount\n      canImport\n      fileErrors\n      rows {\n        rowNumber\n        action\n        ...NomineePreviewTable_row\n      }\n    }\n  }\n": typeof types.PreviewNomineeImportDocument,
    "\n  mutation ImportNominees($input: NomineeFileInput!) {\n    importNominees(input: $input) {\n      created\n      updated\n      unchanged\n    }\n  }\n": typeof types.ImportNomineesDocument,
    "\n  fragment OrganisationDetails_organisation on Organisation {\n    id\n    name\n    type\n    countryCode\n    province\n    peopleCount\n  }\n": typeof types.OrganisationDetails_OrganisationFragmentDoc,
    "\n  fragment OrganisationForm_organisation on Organisation {\n    id\n    name\n    type\n    countryCode\n    province\n  }\n": typeof types.OrganisationForm_OrganisationFragmentDoc,
    "\n  fragment OrganisationsTable_organisation on Organisation {\n    id\n    name\n    type\n    countryCode\n    province\n    peopleCount\n  }\n": typeof types.OrganisationsTable_OrganisationFragmentDoc,
    "\n  query OrganisationsList($filter: OrganisationsFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationsTable_organisation\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsListDocument,
    "\n  query OrganisationDetailPage($id: ID!, $peopleFirst: Int) {\n    organisation(id: $id) {\n      id\n      name\n      ...OrganisationDetails_organisation\n    }\n    people(filter: { organisationId: $id }, first: $peopleFirst) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PeopleTable_person\n        }\n      }\n    }\n  }\n": typeof types.OrganisationDetailPageDocument,
    "\n  query OrganisationEditPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      ...OrganisationForm_organisation\n    }\n  }\n": typeof types.OrganisationEditPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        ...OrganisationDetails_organisation\n        ...OrganisationForm_organisation\n        ...OrganisationsTable_organisation\n      }\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        id\n        ...OrganisationDetails_organisation\n        ...OrganisationForm_organisation\n        ...OrganisationsTable_organisation\n      }\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  fragment PeopleTable_person on Person {\n    id\n    fullName\n    nativeName\n    gender\n    countryCode\n    targetGroup\n    email\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.PeopleTable_PersonFragmentDoc,
    "\n  fragment PersonDetails_person on Person {\n    id\n    fullName\n    nativeName\n    gender\n    countryCode\n    province\n    position\n    targetGroup\n    email\n    phone\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n      type\n    }\n  }\n": typeof types.PersonDetails_PersonFragmentDoc,
    "\n  fragment PersonForm_person on Person {\n    id\n    fullName\n    nativeName\n    gender\n    countryCode\n    province\n    position\n    targetGroup\n    email\n    phone\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.PersonForm_PersonFragmentDoc,
    "\n  query PeopleList($filter: PeopleFilter, $first: Int, $after: String) {\n    people(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PeopleTable_person\n        }\n      }\n    }\n  }\n": typeof types.PeopleListDocument,
    "\n  query PersonDetailPage($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      ...PersonDetails_person\n    }\n  }\n": typeof types.PersonDetailPageDocument,
    "\n  query PersonEditPage($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      ...PersonForm_person\n    }\n  }\n": typeof types.PersonEditPageDocument,
    "\n  query OrganisationOptions($filter: OrganisationsFilter) {\n    organisations(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person {\n        id\n        ...PersonDetails_person\n        ...PersonForm_person\n        ...PeopleTable_person\n      }\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person {\n        id\n        ...PersonDetails_person\n        ...PersonForm_person\n        ...PeopleTable_person\n      }\n    }\n  }\n": typeof types.UpdatePersonDocument,
};
const documents: Documents = {
    "\n  query CurrentUser {\n    me {\n      id\n      email\n      roles\n      person {\n        id\n        fullName\n      }\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  fragment CompletionRules_course on Course {\n    id\n    completionRules {\n      minAttendanceRate\n      requirePostTestPass\n      requireActionPlan\n    }\n  }\n": types.CompletionRules_CourseFragmentDoc,
    "\n  fragment CourseCard_course on Course {\n    id\n    slug\n    title\n    summary\n    totalHours\n    modules {\n      id\n    }\n  }\n": types.CourseCard_CourseFragmentDoc,
    "\n  fragment CourseCatalogue_course on Course {\n    id\n    component\n    ...CourseCard_course\n  }\n": types.CourseCatalogue_CourseFragmentDoc,
    "\n  fragment CourseModuleList_module on CourseModule {\n    id\n    slug\n    position\n    title\n    hours\n    objectives\n  }\n": types.CourseModuleList_ModuleFragmentDoc,
    "\n  fragment ModuleLesson_module on CourseModule {\n    id\n    position\n    title\n    hours\n    objectives\n    bodyHtml\n    bodyLocale\n  }\n": types.ModuleLesson_ModuleFragmentDoc,
    "\n  query CataloguePage {\n    courses {\n      id\n      ...CourseCatalogue_course\n    }\n  }\n": types.CataloguePageDocument,
    "\n  query CoursePage($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      component\n      totalHours\n      ...CompletionRules_course\n      modules {\n        id\n        ...CourseModuleList_module\n      }\n    }\n  }\n": types.CoursePageDocument,
    "\n  query ModulePage($courseSlug: String!, $slug: String!) {\n    courseModule(courseSlug: $courseSlug, slug: $slug) {\n      id\n      slug\n      title\n      ...ModuleLesson_module\n      course {\n        id\n        slug\n        title\n        modules {\n          id\n          slug\n          position\n          title\n        }\n      }\n    }\n  }\n": types.ModulePageDocument,
    "\n  fragment ProfileSummary_person on Person {\n    id\n    fullName\n    nativeName\n    countryCode\n    position\n    targetGroup\n    organisation {\n      id\n      name\n    }\n  }\n": types.ProfileSummary_PersonFragmentDoc,
    "\n  fragment ProgrammeSummary_course on Course {\n    id\n    totalHours\n    modules {\n      id\n    }\n  }\n": types.ProgrammeSummary_CourseFragmentDoc,
    "\n  query HomePage {\n    me {\n      id\n      email\n      roles\n      person {\n        id\n        fullName\n        ...ProfileSummary_person\n      }\n    }\n    courses {\n      id\n      ...CourseCatalogue_course\n      ...ProgrammeSummary_course\n    }\n  }\n": types.HomePageDocument,
    "\n  fragment NomineePreviewTable_row on NomineeRow {\n    rowNumber\n    fullName\n    nativeName\n    email\n    countryCode\n    organisationName\n    action\n    errors {\n      column\n      message\n    }\n  }\n": types.NomineePreviewTable_RowFragmentDoc,
    "\n  mutation PreviewNomineeImport($input: NomineeFileInput!) {\n    previewNomineeImport(input: $input) {\n      validCount\n      invalidCount\n      canImport\n      fileErrors\n      rows {\n        rowNumber\n        action\n        ...NomineePreviewTable_row\n      }\n    }\n  }\n": types.PreviewNomineeImportDocument,
    "\n  mutation ImportNominees($input: NomineeFileInput!) {\n    importNominees(input: $input) {\n      created\n      updated\n      unchanged\n    }\n  }\n": types.ImportNomineesDocument,
    "\n  fragment OrganisationDetails_organisation on Organisation {\n    id\n    name\n    type\n    countryCode\n    province\n    peopleCount\n  }\n": types.OrganisationDetails_OrganisationFragmentDoc,
    "\n  fragment OrganisationForm_organisation on Organisation {\n    id\n    name\n    type\n    countryCode\n    province\n  }\n": types.OrganisationForm_OrganisationFragmentDoc,
    "\n  fragment OrganisationsTable_organisation on Organisation {\n    id\n    name\n    type\n    countryCode\n    province\n    peopleCount\n  }\n": types.OrganisationsTable_OrganisationFragmentDoc,
    "\n  query OrganisationsList($filter: OrganisationsFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationsTable_organisation\n        }\n      }\n    }\n  }\n": types.OrganisationsListDocument,
    "\n  query OrganisationDetailPage($id: ID!, $peopleFirst: Int) {\n    organisation(id: $id) {\n      id\n      name\n      ...OrganisationDetails_organisation\n    }\n    people(filter: { organisationId: $id }, first: $peopleFirst) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PeopleTable_person\n        }\n      }\n    }\n  }\n": types.OrganisationDetailPageDocument,
    "\n  query OrganisationEditPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      ...OrganisationForm_organisation\n    }\n  }\n": types.OrganisationEditPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        ...OrganisationDetails_organisation\n        ...OrganisationForm_organisation\n        ...OrganisationsTable_organisation\n      }\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        id\n        ...OrganisationDetails_organisation\n        ...OrganisationForm_organisation\n        ...OrganisationsTable_organisation\n      }\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  fragment PeopleTable_person on Person {\n    id\n    fullName\n    nativeName\n    gender\n    countryCode\n    targetGroup\n    email\n    organisation {\n      id\n      name\n    }\n  }\n": types.PeopleTable_PersonFragmentDoc,
    "\n  fragment PersonDetails_person on Person {\n    id\n    fullName\n    nativeName\n    gender\n    countryCode\n    province\n    position\n    targetGroup\n    email\n    phone\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n      type\n    }\n  }\n": types.PersonDetails_PersonFragmentDoc,
    "\n  fragment PersonForm_person on Person {\n    id\n    fullName\n    nativeName\n    gender\n    countryCode\n    province\n    position\n    targetGroup\n    email\n    phone\n    organisation {\n      id\n      name\n    }\n  }\n": types.PersonForm_PersonFragmentDoc,
    "\n  query PeopleList($filter: PeopleFilter, $first: Int, $after: String) {\n    people(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PeopleTable_person\n        }\n      }\n    }\n  }\n": types.PeopleListDocument,
    "\n  query PersonDetailPage($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      ...PersonDetails_person\n    }\n  }\n": types.PersonDetailPageDocument,
    "\n  query PersonEditPage($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      ...PersonForm_person\n    }\n  }\n": types.PersonEditPageDocument,
    "\n  query OrganisationOptions($filter: OrganisationsFilter) {\n    organisations(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person {\n        id\n        ...PersonDetails_person\n        ...PersonForm_person\n        ...PeopleTable_person\n      }\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person {\n        id\n        ...PersonDetails_person\n        ...PersonForm_person\n        ...PeopleTable_person\n      }\n    }\n  }\n": types.UpdatePersonDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      email\n      roles\n      person {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      email\n      roles\n      person {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n        email\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompletionRules_course on Course {\n    id\n    completionRules {\n      minAttendanceRate\n      requirePostTestPass\n      requireActionPlan\n    }\n  }\n"): (typeof documents)["\n  fragment CompletionRules_course on Course {\n    id\n    completionRules {\n      minAttendanceRate\n      requirePostTestPass\n      requireActionPlan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseCard_course on Course {\n    id\n    slug\n    title\n    summary\n    totalHours\n    modules {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CourseCard_course on Course {\n    id\n    slug\n    title\n    summary\n    totalHours\n    modules {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseCatalogue_course on Course {\n    id\n    component\n    ...CourseCard_course\n  }\n"): (typeof documents)["\n  fragment CourseCatalogue_course on Course {\n    id\n    component\n    ...CourseCard_course\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseModuleList_module on CourseModule {\n    id\n    slug\n    position\n    title\n    hours\n    objectives\n  }\n"): (typeof documents)["\n  fragment CourseModuleList_module on CourseModule {\n    id\n    slug\n    position\n    title\n    hours\n    objectives\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModuleLesson_module on CourseModule {\n    id\n    position\n    title\n    hours\n    objectives\n    bodyHtml\n    bodyLocale\n  }\n"): (typeof documents)["\n  fragment ModuleLesson_module on CourseModule {\n    id\n    position\n    title\n    hours\n    objectives\n    bodyHtml\n    bodyLocale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CataloguePage {\n    courses {\n      id\n      ...CourseCatalogue_course\n    }\n  }\n"): (typeof documents)["\n  query CataloguePage {\n    courses {\n      id\n      ...CourseCatalogue_course\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePage($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      component\n      totalHours\n      ...CompletionRules_course\n      modules {\n        id\n        ...CourseModuleList_module\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoursePage($slug: String!) {\n    course(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      component\n      totalHours\n      ...CompletionRules_course\n      modules {\n        id\n        ...CourseModuleList_module\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModulePage($courseSlug: String!, $slug: String!) {\n    courseModule(courseSlug: $courseSlug, slug: $slug) {\n      id\n      slug\n      title\n      ...ModuleLesson_module\n      course {\n        id\n        slug\n        title\n        modules {\n          id\n          slug\n          position\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModulePage($courseSlug: String!, $slug: String!) {\n    courseModule(courseSlug: $courseSlug, slug: $slug) {\n      id\n      slug\n      title\n      ...ModuleLesson_module\n      course {\n        id\n        slug\n        title\n        modules {\n          id\n          slug\n          position\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileSummary_person on Person {\n    id\n    fullName\n    nativeName\n    countryCode\n    position\n    targetGroup\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileSummary_person on Person {\n    id\n    fullName\n    nativeName\n    countryCode\n    position\n    targetGroup\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeSummary_course on Course {\n    id\n    totalHours\n    modules {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ProgrammeSummary_course on Course {\n    id\n    totalHours\n    modules {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    me {\n      id\n      email\n      roles\n      person {\n        id\n        fullName\n        ...ProfileSummary_person\n      }\n    }\n    courses {\n      id\n      ...CourseCatalogue_course\n      ...ProgrammeSummary_course\n    }\n  }\n"): (typeof documents)["\n  query HomePage {\n    me {\n      id\n      email\n      roles\n      person {\n        id\n        fullName\n        ...ProfileSummary_person\n      }\n    }\n    courses {\n      id\n      ...CourseCatalogue_course\n      ...ProgrammeSummary_course\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NomineePreviewTable_row on NomineeRow {\n    rowNumber\n    fullName\n    nativeName\n    email\n    countryCode\n    organisationName\n    action\n    errors {\n      column\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment NomineePreviewTable_row on NomineeRow {\n    rowNumber\n    fullName\n    nativeName\n    email\n    countryCode\n    organisationName\n    action\n    errors {\n      column\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewNomineeImport($input: NomineeFileInput!) {\n    previewNomineeImport(input: $input) {\n      validCount\n      invalidCount\n      canImport\n      fileErrors\n      rows {\n        rowNumber\n        action\n        ...NomineePreviewTable_row\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewNomineeImport($input: NomineeFileInput!) {\n    previewNomineeImport(input: $input) {\n      validCount\n      invalidCount\n      canImport\n      fileErrors\n      rows {\n        rowNumber\n        action\n        ...NomineePreviewTable_row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportNominees($input: NomineeFileInput!) {\n    importNominees(input: $input) {\n      created\n      updated\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation ImportNominees($input: NomineeFileInput!) {\n    importNominees(input: $input) {\n      created\n      updated\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationDetails_organisation on Organisation {\n    id\n    name\n    type\n    countryCode\n    province\n    peopleCount\n  }\n"): (typeof documents)["\n  fragment OrganisationDetails_organisation on Organisation {\n    id\n    name\n    type\n    countryCode\n    province\n    peopleCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationForm_organisation on Organisation {\n    id\n    name\n    type\n    countryCode\n    province\n  }\n"): (typeof documents)["\n  fragment OrganisationForm_organisation on Organisation {\n    id\n    name\n    type\n    countryCode\n    province\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationsTable_organisation on Organisation {\n    id\n    name\n    type\n    countryCode\n    province\n    peopleCount\n  }\n"): (typeof documents)["\n  fragment OrganisationsTable_organisation on Organisation {\n    id\n    name\n    type\n    countryCode\n    province\n    peopleCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsList($filter: OrganisationsFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationsTable_organisation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationsList($filter: OrganisationsFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...OrganisationsTable_organisation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationDetailPage($id: ID!, $peopleFirst: Int) {\n    organisation(id: $id) {\n      id\n      name\n      ...OrganisationDetails_organisation\n    }\n    people(filter: { organisationId: $id }, first: $peopleFirst) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PeopleTable_person\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationDetailPage($id: ID!, $peopleFirst: Int) {\n    organisation(id: $id) {\n      id\n      name\n      ...OrganisationDetails_organisation\n    }\n    people(filter: { organisationId: $id }, first: $peopleFirst) {\n      totalCount\n      edges {\n        node {\n          id\n          ...PeopleTable_person\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationEditPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      ...OrganisationForm_organisation\n    }\n  }\n"): (typeof documents)["\n  query OrganisationEditPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      ...OrganisationForm_organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        ...OrganisationDetails_organisation\n        ...OrganisationForm_organisation\n        ...OrganisationsTable_organisation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        ...OrganisationDetails_organisation\n        ...OrganisationForm_organisation\n        ...OrganisationsTable_organisation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        id\n        ...OrganisationDetails_organisation\n        ...OrganisationForm_organisation\n        ...OrganisationsTable_organisation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      organisation {\n        id\n        ...OrganisationDetails_organisation\n        ...OrganisationForm_organisation\n        ...OrganisationsTable_organisation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeopleTable_person on Person {\n    id\n    fullName\n    nativeName\n    gender\n    countryCode\n    targetGroup\n    email\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PeopleTable_person on Person {\n    id\n    fullName\n    nativeName\n    gender\n    countryCode\n    targetGroup\n    email\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonDetails_person on Person {\n    id\n    fullName\n    nativeName\n    gender\n    countryCode\n    province\n    position\n    targetGroup\n    email\n    phone\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment PersonDetails_person on Person {\n    id\n    fullName\n    nativeName\n    gender\n    countryCode\n    province\n    position\n    targetGroup\n    email\n    phone\n    createdAt\n    updatedAt\n    organisation {\n      id\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonForm_person on Person {\n    id\n    fullName\n    nativeName\n    gender\n    countryCode\n    province\n    position\n    targetGroup\n    email\n    phone\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonForm_person on Person {\n    id\n    fullName\n    nativeName\n    gender\n    countryCode\n    province\n    position\n    targetGroup\n    email\n    phone\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleList($filter: PeopleFilter, $first: Int, $after: String) {\n    people(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PeopleTable_person\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleList($filter: PeopleFilter, $first: Int, $after: String) {\n    people(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PeopleTable_person\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonDetailPage($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      ...PersonDetails_person\n    }\n  }\n"): (typeof documents)["\n  query PersonDetailPage($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      ...PersonDetails_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonEditPage($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      ...PersonForm_person\n    }\n  }\n"): (typeof documents)["\n  query PersonEditPage($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      ...PersonForm_person\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($filter: OrganisationsFilter) {\n    organisations(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions($filter: OrganisationsFilter) {\n    organisations(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person {\n        id\n        ...PersonDetails_person\n        ...PersonForm_person\n        ...PeopleTable_person\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person {\n        id\n        ...PersonDetails_person\n        ...PersonForm_person\n        ...PeopleTable_person\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person {\n        id\n        ...PersonDetails_person\n        ...PersonForm_person\n        ...PeopleTable_person\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      person {\n        id\n        ...PersonDetails_person\n        ...PersonForm_person\n        ...PeopleTable_person\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;