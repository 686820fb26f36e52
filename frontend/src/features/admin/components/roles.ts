/** The API's roles, in the order an administrator thinks of them. */
export const ROLES = ['VIEWER', 'EDITOR', 'APPROVER', 'UNIT_ADMIN', 'ADMIN'] as const;
export type RoleName = (typeof ROLES)[number];
