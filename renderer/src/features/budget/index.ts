/** The trip's budget against the grant, and the per diem from the programme (issue 17). */
export { BudgetScreen } from './BudgetScreen';
