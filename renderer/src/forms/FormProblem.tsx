/** A dialog's status line for what no field shows (useCreateDialogSubmit's `problem`). */
export function FormProblem({ message }: { message: string | null }) {
  return message ? (
    <p className="form-problem" role="alert">
      {message}
    </p>
  ) : null;
}
