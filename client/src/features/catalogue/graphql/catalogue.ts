import { graphql } from '../../../gql';

export const CataloguePageQuery = graphql(`
  query CataloguePage {
    courses {
      id
      ...CourseCatalogue_course
    }
  }
`);

export const CoursePageQuery = graphql(`
  query CoursePage($slug: String!) {
    course(slug: $slug) {
      id
      slug
      title
      summary
      component
      totalHours
      ...CompletionRules_course
      modules {
        id
        ...CourseModuleList_module
      }
      cohorts {
        id
        ...CourseCohorts_cohort
      }
    }
  }
`);

export const ModulePageQuery = graphql(`
  query ModulePage($courseSlug: String!, $slug: String!) {
    courseModule(courseSlug: $courseSlug, slug: $slug) {
      id
      slug
      title
      ...ModuleLesson_module
      course {
        id
        slug
        title
        modules {
          id
          slug
          position
          title
        }
      }
    }
  }
`);
