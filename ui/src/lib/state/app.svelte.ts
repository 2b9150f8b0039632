// Application-wide state: which screen is shown, the organisation profile,
// the format profile and the people directory as last read from the backend.
import * as api from '../api';
import type { DatabaseProblem, EditingPlace, FormatProfile, OrganisationProfile, Person } from '../api';

export type View =
  | { name: 'loading' }
  | { name: 'first-start' }
  | { name: 'database-problem'; problem: DatabaseProblem }
  | { name: 'meetings' }
  | {
      name: 'meeting';
      id: number;
      /** Reopened after the app stopped without closing normally. */
      recovered?: EditingPlace;
    }
  | { name: 'trash' }
  | { name: 'people' }
  | { name: 'settings' };

class AppState {
  view = $state<View>({ name: 'loading' });
  organisation = $state<OrganisationProfile | null>(null);
  formatProfile = $state<FormatProfile | null>(null);
  people = $state<Person[]>([]);
  /** A failure that stops a whole screen from loading. */
  error = $state('');

  peopleById = $derived(new Map(this.people.map((p) => [p.id, p])));

  async start(): Promise<void> {
    try {
      // A damaged or unreadable database: say so, offer the newest good backup.
      const problem = await api.databaseProblem();
      if (problem) {
        this.view = { name: 'database-problem', problem };
        return;
      }
      this.organisation = await api.getOrganisation();
      // Still recorded: the app was killed or crashed while a meeting was
      // open. Go back to where the secretary was working.
      const place = this.organisation ? await api.editingPlace() : null;
      if (place) this.view = { name: 'meeting', id: place.meeting_id, recovered: place };
      else this.view = this.organisation ? { name: 'meetings' } : { name: 'first-start' };
      await Promise.all([this.refreshPeople(), this.refreshFormatProfile()]);
    } catch (thrown) {
      this.error = api.toApiError(thrown).message;
    }
  }

  go(view: View): void {
    this.view = view;
  }

  async refreshPeople(): Promise<void> {
    this.people = await api.listPeople();
  }

  async refreshFormatProfile(): Promise<void> {
    this.formatProfile = await api.getFormatProfile();
  }

  /** Adds a person the backend just created without waiting for a re-read. */
  remember(person: Person): void {
    if (!this.peopleById.has(person.id)) this.people = [...this.people, person];
    // The backend's order is the Vietnamese collation; take it when it comes.
    void this.refreshPeople().catch(() => undefined);
  }

  personName(id: number | null): string {
    if (id === null) return '';
    return this.peopleById.get(id)?.full_name ?? '';
  }

  /** Back to the first state; tests call it between cases. */
  reset(): void {
    this.view = { name: 'loading' };
    this.organisation = null;
    this.formatProfile = null;
    this.people = [];
    this.error = '';
  }
}

export const app = new AppState();
