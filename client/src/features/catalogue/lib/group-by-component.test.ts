import { groupByComponent } from './group-by-component';

describe('groupByComponent', () => {
  it('groups in programme order, unknown components last, keeping course order within a group', () => {
    const courses = [
      { id: 'c1', component: 'C' },
      { id: 'a1', component: 'A' },
      { id: 'z1', component: 'Z' },
      { id: 'a2', component: 'A' },
      { id: 'x1', component: 'X' },
    ];
    expect(groupByComponent(courses, ['A', 'B', 'C', 'ME'])).toEqual([
      { component: 'A', items: [courses[1], courses[3]] },
      { component: 'C', items: [courses[0]] },
      { component: 'X', items: [courses[4]] },
      { component: 'Z', items: [courses[2]] },
    ]);
  });

  it('gives no groups for no courses', () => {
    expect(groupByComponent([], ['A'])).toEqual([]);
  });
});
