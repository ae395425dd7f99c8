import type { StaffMember } from '../staff/schema';
import type { Plan } from './schema';

/**
 * The working copy of a plan follows the directory: the staff snapshot is refreshed from it for
 * everyone taking part. People since removed from the directory keep their last known details,
 * so nothing a plan refers to disappears. Published versions keep their own frozen copy.
 */
export function refreshStaffSnapshot(plan: Plan, directory: StaffMember[]): Plan {
  const byId = new Map(directory.map((m) => [m.id, m]));
  const previous = new Map(plan.staff.map((m) => [m.id, m]));
  const staff = plan.participants.map((p) => byId.get(p.staffId) ?? previous.get(p.staffId)).filter((m): m is StaffMember => m !== undefined);
  return { ...plan, staff };
}
