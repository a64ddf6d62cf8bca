import { html } from 'lit';
import { PhElement } from './base.js';
import { t } from './i18n.js';

const TEMPLATE = {
  code: 'SEO', nameDe: 'Suchmaschinenoptimierung', nameEn: 'Search engine optimisation', descriptionDe: '', descriptionEn: '',
  paymentPerMilestone: true, documentDeadlineDays: 14, active: true,
  milestones: [
    { nameDe: 'Analyse', nameEn: 'Analysis', actingParty: 'AGENCY', plannedDays: 7, sharePercent: 40, includedRevisions: 1,
      stepsDe: ['Keywords recherchieren'], stepsEn: ['Research keywords'] },
    { nameDe: 'Umsetzung', nameEn: 'Implementation', actingParty: 'AGENCY', plannedDays: 21, sharePercent: 60, includedRevisions: 2,
      stepsDe: [], stepsEn: [] },
  ],
  questions: [{ key: 'website', labelDe: 'Adresse der Website', labelEn: 'Website address', type: 'TEXT', required: true, choices: [] }],
};

/** The service catalogue; portal admins retire and define packages (German and English, template rules checked by the service). */
export class PhPackages extends PhElement {
  static properties = { _packages: { state: true } };

  updated(changed) {
    if ((changed.has('api') || changed.has('me')) && this.api && this.me) this.load();
  }

  get admin() {
    return this.hasRole('ADMIN');
  }

  async load() {
    const packages = await this.run(() => this.api.get('/api/v1/packages'));
    if (packages) this._packages = packages;
  }

  async toggle(p) {
    const definition = { ...p.definition, active: !p.active };
    const done = await this.perform(() => this.api.put(`/api/v1/packages/${p.id}`, definition), t('action.done'));
    if (done) await this.load();
  }

  async define(e) {
    e.preventDefault();
    const form = e.target; // event.target is cleared once dispatch from a shadow tree ends
    let definition;
    try {
      definition = JSON.parse(form.elements.definition.value);
    } catch (err) {
      this._error = { problem: { title: t('packages.invalidJson') }, message: err.message, fieldErrors: [] };
      return;
    }
    const created = await this.perform(() => this.api.post('/api/v1/packages', definition), t('action.done'));
    if (created) await this.load();
  }

  render() {
    return html`
      <h2>${t('packages.title')}</h2>
      ${this.renderState()}
      ${(this._packages || []).map(p => html`
        <div class="card" data-package=${p.code}>
          <strong>${p.name}</strong> <span class="muted">${p.code}</span>
          ${p.active ? '' : html`<span class="badge warn">${t('packages.retired')}</span>`}
          <div class="muted">${p.description || ''}</div>
          <ol>${p.milestones.map(m => html`<li>${m.name} · ${t('party.' + m.actingParty)} · ${m.plannedDays} d · ${m.sharePercent} %</li>`)}</ol>
          ${this.admin ? html`<button class="secondary toggle" @click=${() => this.toggle(p)}>
            ${p.active ? t('packages.retire') : t('packages.reactivate')}</button>` : ''}
        </div>`)}
      ${this.admin ? html`
        <h3>${t('packages.define')}</h3>
        <form @submit=${this.define}>
          <label for="definition">${t('packages.definition')}
            <textarea id="definition" name="definition" rows="16" cols="80" spellcheck="false">${JSON.stringify(TEMPLATE, null, 2)}</textarea></label>
          <p><button type="submit" id="define-package">${t('packages.create')}</button></p>
        </form>` : ''}`;
  }
}
customElements.define('ph-packages', PhPackages);
