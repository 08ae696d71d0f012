/**
 * What a new password must be. Checked by the admin CLI (and any future password change);
 * never at sign-in, so tightening the policy does not lock out existing users.
 * Sensible rather than baroque: length matters most; we only refuse the obviously weak.
 */
export type PasswordProblem =
  'tooShort' | 'tooLong' | 'oneCharacterClass' | 'repeated' | 'containsLogin';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u];

export function passwordProblems(password: string, login?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN) problems.push('tooShort');
  if (length > PASSWORD_MAX) problems.push('tooLong');
  if (classes.filter((c) => c.test(password)).length < 2) problems.push('oneCharacterClass');
  if (new Set(password).size < 4) problems.push('repeated');
  if (login && login.length >= 3 && password.toLowerCase().includes(login.toLowerCase())) {
    problems.push('containsLogin');
  }
  return problems;
}

export const passwordProblemText: Record<PasswordProblem, string> = {
  tooShort: `at least ${PASSWORD_MIN} characters`,
  tooLong: `at most ${PASSWORD_MAX} characters`,
  oneCharacterClass: 'mix at least two of: lower-case, upper-case, digits, symbols',
  repeated: 'at least 4 different characters',
  containsLogin: 'must not contain the login',
};
