import { html, nothing } from 'lit';
import { PhElement } from './base.js';
import { t, days } from './i18n.js';

// the service's rules for a catalogue package (ServicePackage, MilestoneRules); checked here while typing, again there
const RULES = { minMilestones: 2, maxMilestones: 5, maxDays: 30, maxRevisions: 10, maxSteps: 15, maxQuestions: 20, maxDocumentDays: 90 };
const PARTIES = ['AGENCY', 'PROVIDER'];
const TYPES = ['TEXT', 'CHOICE', 'FILE'];

const blankMilestone = () => ({ nameDe: '', nameEn: '', descriptionDe: '', descriptionEn: '', actingParty: 'AGENCY',
  plannedDays: '7', sharePercent: '50', includedRevisions: '1', stepsDe: '', stepsEn: '' });
const blankQuestion = () => ({ key: '', labelDe: '', labelEn: '', type: 'TEXT', required: true, choices: '' });
const blankDraft = () => ({ code: '', nameDe: '', nameEn: '', descriptionDe: '', descriptionEn: '', paymentPerMilestone: true,
  documentDeadlineDays: '14', milestones: [blankMilestone(), blankMilestone()], questions: [] });

const lines = text => text.split('\n').map(l => l.trim()).filter(l => l);
const whole = text => (/^\d+$/.test(String(text).trim()) ? Number(text) : NaN);

/** What the service would refuse in a draft, as {field, message}, with the field names the service uses. */
export function packageProblems(d) {
  const problems = [];
  const add = (field, key, ...args) => problems.push({ field, message: t(key, ...args) });
  const required = (field, value) => { if (!String(value ?? '').trim()) add(field, 'pkg.err.required'); };
  const range = (field, value, min, max) => { const n = whole(value); if (!(n >= min && n <= max)) add(field, 'pkg.err.range', min, max); };
  required('code', d.code);
  if (d.code.trim() && !/^[A-Z0-9_]{1,64}$/.test(d.code.trim())) add('code', 'pkg.err.code');
  required('nameDe', d.nameDe);
  required('nameEn', d.nameEn);
  range('documentDeadlineDays', d.documentDeadlineDays, 1, RULES.maxDocumentDays);
  if (d.milestones.length < RULES.minMilestones || d.milestones.length > RULES.maxMilestones) {
    add('milestones', 'pkg.err.count', RULES.minMilestones, RULES.maxMilestones);
  }
  d.milestones.forEach((m, i) => {
    const f = `milestones[${i}]`;
    required(`${f}.name`, m.nameDe);
    required(`${f}.nameEn`, m.nameEn);
    range(`${f}.days`, m.plannedDays, 1, RULES.maxDays);
    range(`${f}.sharePercent`, m.sharePercent, 0, 100);
    range(`${f}.includedRevisions`, m.includedRevisions, 0, RULES.maxRevisions);
    const de = lines(m.stepsDe).length;
    const en = lines(m.stepsEn).length;
    if (de > RULES.maxSteps) add(`${f}.steps`, 'pkg.err.tooManySteps', RULES.maxSteps);
    if (de !== en) add(`${f}.stepsEn`, 'pkg.err.stepsMismatch', de, en);
  });
  const sum = d.milestones.reduce((a, m) => a + (whole(m.sharePercent) || 0), 0);
  if (sum !== 100) add('milestones', 'pkg.err.sum', sum);
  const keys = new Set();
  if (d.questions.length > RULES.maxQuestions) add('questions', 'pkg.err.tooManyQuestions', RULES.maxQuestions);
  d.questions.forEach((q, i) => {
    const f = `questions[${i}]`;
    required(`${f}.key`, q.key);
    if (q.key.trim() && !/^[a-z][a-zA-Z0-9_]{0,63}$/.test(q.key.trim())) add(`${f}.key`, 'pkg.err.key');
    else if (q.key.trim() && keys.has(q.key.trim())) add(`${f}.key`, 'pkg.err.duplicate');
    keys.add(q.key.trim());
    required(`${f}.labelDe`, q.labelDe);
    required(`${f}.labelEn`, q.labelEn);
    if (q.type === 'CHOICE' && !lines(q.choices).length) add(`${f}.choices`, 'pkg.err.choices');
  });
  return problems;
}

/** The draft as the service's PackageDefinition. */
function definition(d) {
  return {
    code: d.code.trim(), nameDe: d.nameDe.trim(), nameEn: d.nameEn.trim(), descriptionDe: d.descriptionDe.trim(),
    descriptionEn: d.descriptionEn.trim(), paymentPerMilestone: d.paymentPerMilestone,
    documentDeadlineDays: whole(d.documentDeadlineDays), active: true,
    milestones: d.milestones.map(m => ({ nameDe: m.nameDe.trim(), nameEn: m.nameEn.trim(), descriptionDe: m.descriptionDe.trim(),
      descriptionEn: m.descriptionEn.trim(), actingParty: m.actingParty, plannedDays: whole(m.plannedDays),
      sharePercent: whole(m.sharePercent), includedRevisions: whole(m.includedRevisions), stepsDe: lines(m.stepsDe),
      stepsEn: lines(m.stepsEn) })),
    questions: d.questions.map(q => ({ key: q.key.trim(), labelDe: q.labelDe.trim(), labelEn: q.labelEn.trim(), type: q.type,
      required: q.required, choices: q.type === 'CHOICE' ? lines(q.choices) : [] })),
  };
}

/**
 * The service catalogue; portal admins retire packages and define new ones in a form (German and English side by side)
 * that checks the template rules while they type: 2-5 milestones, 1-30 days, shares adding up to 100.
 */
export class PhPackages extends PhElement {
  static properties = { _packages: { state: true }, _draft: { state: true }, _touched: { state: true }, _tried: { state: true } };

  constructor() {
    super();
    this._draft = blankDraft();
    this._touched = new Set();
    this._tried = false;
  }

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

  /** Changes one part of the draft; path is 'code', 'milestones.1.nameDe', 'questions.0.type'. */
  set(path, value) {
    const [top, index, key] = path.split('.');
    const d = { ...this._draft };
    if (key) {
      d[top] = d[top].map((item, i) => (i === Number(index) ? { ...item, [key]: value } : item));
    } else {
      d[top] = value;
    }
    this._draft = d;
    this._touched = new Set([...this._touched, this.serviceField(path)]);
  }

  /** The service's name for a form field: its rules name the German texts of a milestone name, description, steps. */
  serviceField(path) {
    const [top, index, key] = path.split('.');
    if (!key) return top;
    const named = top === 'milestones' ? { nameDe: 'name', descriptionDe: 'description', stepsDe: 'steps', plannedDays: 'days' }[key] : null;
    return `${top}[${index}].${named || key}`;
  }

  /** The problems of one field to show now: once it was touched or a save was tried. */
  live(field) {
    const shown = this._tried || this._touched.has(field) || (field === 'milestones' && this._touched.size > 0);
    return shown ? packageProblems(this._draft).filter(p => p.field === field) : [];
  }

  async define(e) {
    e.preventDefault();
    if (this._acting) return;
    const problems = packageProblems(this._draft);
    if (problems.length) {
      this._tried = true;
      await this.updateComplete;
      this.renderRoot.querySelector('[aria-invalid="true"]')?.focus();
      return;
    }
    const created = await this.perform(() => this.api.post('/api/v1/packages', definition(this._draft)), t('action.done'));
    if (created) {
      this._draft = blankDraft();
      this._touched = new Set();
      this._tried = false;
      await this.load();
    }
  }

  fieldLabel(field) {
    const m = /^(milestones|questions)\[(\d+)\]\.(\w+)$/.exec(field);
    if (m) {
      const part = { name: 'nameDe', description: 'descriptionDe', steps: 'stepsDe', days: 'days' }[m[3]] || m[3];
      return t(m[1] === 'milestones' ? 'pkg.milestone' : 'pkg.question', Number(m[2]) + 1) + ' · ' + t('pkg.' + part);
    }
    return { code: t('pkg.code'), nameDe: t('pkg.nameDe'), nameEn: t('pkg.nameEn'), documentDeadlineDays: t('pkg.documentDeadlineDays'),
      milestones: t('pkg.milestones'), questions: t('pkg.questions') }[field] || null;
  }

  /** A text input (or textarea) for one part of the draft, with its label and its problems next to it. */
  input(path, label, { type = 'text', area = false, required = false, inputmode } = {}) {
    const id = 'pkg-' + path.replace(/\./g, '-');
    const field = this.serviceField(path);
    const problems = this.live(field);
    const serviceProblems = (this._error?.fieldErrors || []).some(e => e.field === field);
    const [top, index, key] = path.split('.');
    const value = key ? this._draft[top][Number(index)][key] : this._draft[top];
    const invalid = problems.length > 0 || serviceProblems;
    const described = invalid ? 'err-' + field.replace(/[^a-zA-Z0-9]/g, '-') : nothing;
    return html`<label for=${id}>${label}${required ? ' *' : ''}
      ${area ? html`<textarea id=${id} rows="3" .value=${value} aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${described} @input=${e => this.set(path, e.target.value)}></textarea>`
        : html`<input id=${id} type=${type} inputmode=${inputmode || (type === 'number' ? 'numeric' : 'text')} .value=${value}
          aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${described}
          @input=${e => this.set(path, e.target.value)}>`}
      ${this.errors(field, problems)}</label>`;
  }

  renderMilestone(m, i) {
    const p = `milestones.${i}`;
    return html`<fieldset data-milestone=${i}><legend>${t('pkg.milestone', i + 1)}</legend>
      <div class="row">
        ${this.input(`${p}.nameDe`, t('pkg.nameDe'), { required: true })}
        ${this.input(`${p}.nameEn`, t('pkg.nameEn'), { required: true })}
        <label for=${'pkg-party-' + i}>${t('pkg.actingParty')}<select id=${'pkg-party-' + i}
          @change=${e => this.set(`${p}.actingParty`, e.target.value)}>
          ${PARTIES.map(x => html`<option value=${x} ?selected=${m.actingParty === x}>${t('party.' + x)}</option>`)}</select></label>
      </div>
      <div class="row">
        ${this.input(`${p}.plannedDays`, t('pkg.days'), { type: 'number', required: true })}
        ${this.input(`${p}.sharePercent`, t('pkg.sharePercent'), { type: 'number', required: true })}
        ${this.input(`${p}.includedRevisions`, t('pkg.includedRevisions'), { type: 'number' })}
      </div>
      <div class="row">
        ${this.input(`${p}.descriptionDe`, t('pkg.descriptionDe'), { area: true })}
        ${this.input(`${p}.descriptionEn`, t('pkg.descriptionEn'), { area: true })}
      </div>
      <div class="row">
        ${this.input(`${p}.stepsDe`, t('pkg.stepsDe'), { area: true })}
        ${this.input(`${p}.stepsEn`, t('pkg.stepsEn'), { area: true })}
      </div>
      <button type="button" class="secondary" id=${'pkg-remove-milestone-' + i} ?disabled=${this._draft.milestones.length <= RULES.minMilestones}
        @click=${() => this.set('milestones', this._draft.milestones.filter((_, j) => j !== i))}>${t('pkg.remove')}</button>
    </fieldset>`;
  }

  renderQuestion(q, i) {
    const p = `questions.${i}`;
    return html`<fieldset data-question=${i}><legend>${t('pkg.question', i + 1)}</legend>
      <div class="row">
        ${this.input(`${p}.key`, t('pkg.key'), { required: true })}
        ${this.input(`${p}.labelDe`, t('pkg.labelDe'), { required: true })}
        ${this.input(`${p}.labelEn`, t('pkg.labelEn'), { required: true })}
        <label for=${'pkg-type-' + i}>${t('pkg.type')}<select id=${'pkg-type-' + i} @change=${e => this.set(`${p}.type`, e.target.value)}>
          ${TYPES.map(x => html`<option value=${x} ?selected=${q.type === x}>${t('pkg.type.' + x)}</option>`)}</select></label>
        <label class="inline"><input type="checkbox" id=${'pkg-required-' + i} .checked=${q.required}
          @change=${e => this.set(`${p}.required`, e.target.checked)}>${t('pkg.mustAnswer')}</label>
      </div>
      ${q.type === 'CHOICE' ? html`<div class="row">${this.input(`${p}.choices`, t('pkg.choices'), { area: true, required: true })}</div>` : ''}
      <button type="button" class="secondary" id=${'pkg-remove-question-' + i}
        @click=${() => this.set('questions', this._draft.questions.filter((_, j) => j !== i))}>${t('pkg.remove')}</button>
    </fieldset>`;
  }

  renderForm() {
    const d = this._draft;
    const sum = d.milestones.reduce((a, m) => a + (whole(m.sharePercent) || 0), 0);
    return html`
      <h3 id="define-title">${t('packages.define')}</h3>
      <p class="muted">${t('pkg.rules')}</p>
      <form @submit=${this.define} novalidate aria-labelledby="define-title">
        <div class="row">
          ${this.input('code', t('pkg.code'), { required: true })}
          ${this.input('nameDe', t('pkg.nameDe'), { required: true })}
          ${this.input('nameEn', t('pkg.nameEn'), { required: true })}
        </div>
        <div class="row">
          ${this.input('descriptionDe', t('pkg.descriptionDe'), { area: true })}
          ${this.input('descriptionEn', t('pkg.descriptionEn'), { area: true })}
        </div>
        <div class="row">
          ${this.input('documentDeadlineDays', t('pkg.documentDeadlineDays'), { type: 'number', required: true })}
          <label class="inline"><input type="checkbox" id="pkg-paymentPerMilestone" .checked=${d.paymentPerMilestone}
            @change=${e => this.set('paymentPerMilestone', e.target.checked)}>${t('pkg.paymentPerMilestone')}</label>
        </div>
        <h4>${t('pkg.milestones')}</h4>
        <p id="pkg-share-sum" class=${sum === 100 ? 'muted' : 'field-error'} aria-live="polite">${t('pkg.shareSum', sum)}</p>
        ${this.errors('milestones', this.live('milestones'), true)}
        ${d.milestones.map((m, i) => this.renderMilestone(m, i))}
        <p><button type="button" class="secondary" id="pkg-add-milestone" ?disabled=${d.milestones.length >= RULES.maxMilestones}
          @click=${() => this.set('milestones', [...d.milestones, blankMilestone()])}>${t('pkg.addMilestone')}</button></p>
        <h4>${t('pkg.questions')}</h4>
        ${d.questions.length ? '' : html`<p class="muted" id="pkg-no-questions">${t('pkg.noQuestions')}</p>`}
        ${d.questions.map((q, i) => this.renderQuestion(q, i))}
        <p><button type="button" class="secondary" id="pkg-add-question" ?disabled=${d.questions.length >= RULES.maxQuestions}
          @click=${() => this.set('questions', [...d.questions, blankQuestion()])}>${t('pkg.addQuestion')}</button></p>
        <p><button type="submit" id="define-package" ?disabled=${this._busy}>${t('packages.create')}</button></p>
      </form>`;
  }

  render() {
    return html`
      <h2>${t('packages.title')}</h2>
      ${this.renderState()}
      ${this._packages && !this._packages.length ? html`<p class="muted" id="no-packages">${t(this.admin ? 'pkg.emptyAdmin' : 'pkg.empty')}</p>` : ''}
      ${(this._packages || []).map(p => html`
        <div class="card" data-package=${p.code}>
          <strong>${p.name}</strong> <span class="muted">${p.code}</span>
          ${p.active ? '' : html`<span class="badge warn">${t('packages.retired')}</span>`}
          <div class="muted">${p.description || ''}</div>
          <ol>${p.milestones.map(m => html`<li>${m.name} · ${t('party.' + m.actingParty)} · ${days(m.plannedDays)} · ${m.sharePercent} %</li>`)}</ol>
          ${this.admin ? html`<button class="secondary toggle" @click=${() => this.toggle(p)}>
            ${p.active ? t('packages.retire') : t('packages.reactivate')}</button>` : ''}
        </div>`)}
      ${this.admin ? this.renderForm() : ''}`;
  }
}
customElements.define('ph-packages', PhPackages);
