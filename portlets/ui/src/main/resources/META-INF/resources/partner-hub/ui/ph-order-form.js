import { html } from 'lit';
import { PhElement } from './base.js';
import { t, money, date, days, parseAmount, amountExample } from './i18n.js';

const CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD'];
const blankMilestone = () => ({ name: '', days: 7, sharePercent: 50, includedRevisions: 1 });

/** The order form: a package with its questions, or an individual offer with its own milestones. */
export class PhOrderForm extends PhElement {
  static properties = { _packages: { state: true }, _accounts: { state: true }, _kind: { state: true }, _packageId: { state: true },
    _milestones: { state: true }, _answers: { state: true }, _priceText: { state: true }, _currency: { state: true },
    _sites: { state: true }, _siteId: { state: true } };

  constructor() {
    super();
    this._kind = 'package';
    this._milestones = [blankMilestone(), blankMilestone()];
    this._answers = {};
    this._priceText = '';
    this._currency = CURRENCIES[0];
  }

  updated(changed) {
    if (changed.has('api') && this.api) this.load();
  }

  async load() {
    const [packages, accounts, sites] = await this.run(() => Promise.all([this.api.get('/api/v1/packages'),
      this.api.get('/api/v1/accounts'), this.api.get('/api/v1/sites?limit=200')])) || [];
    if (packages) {
      this._packages = packages;
      this._accounts = accounts.filter(a => a.myPermissions.includes('ORDER_PRODUCTS'));
      // the sites an order can be for: the agency's own, and those of the accounts it orders in
      this._sites = sites.items.filter(s => (s.underAgency && (this.me?.agencies || []).some(a => a.id === s.agencyId))
        || this._accounts.some(a => a.id === s.ownerAccountId));
      this._packageId = packages[0]?.id;
    }
  }

  get site() {
    return (this._sites || []).find(s => s.id === Number(this._siteId));
  }

  get package() {
    return (this._packages || []).find(p => p.id === Number(this._packageId));
  }

  /** The price as read in the page's language, or null. */
  get priceMinor() {
    return parseAmount(this._priceText, this._currency);
  }

  /** The labels the person sees, for the fields the service names in its problems. */
  fieldLabel(field) {
    const simple = { accountId: 'form.customer', title: 'form.orderTitle', priceMinor: 'form.price', currency: 'form.currency',
      internalReference: 'form.reference', packageId: 'form.package', milestones: 'form.milestones', siteId: 'form.site',
      automaticHandover: 'form.handover' }[field];
    if (simple) return t(simple);
    const answer = /^answers\.(.+)$/.exec(field);
    if (answer) return (this.package?.questions || []).find(q => q.key === answer[1])?.label || null;
    const milestone = /^milestones\[(\d+)\]\.?(\w*)$/.exec(field);
    if (milestone) {
      const part = { name: 'form.milestoneName', days: 'form.days', sharePercent: 'form.share', includedRevisions: 'form.revisions' }[milestone[2]];
      return t('form.field.milestone', Number(milestone[1]) + 1) + (part ? ' · ' + t(part) : '');
    }
    return null;
  }

  /** The milestones as they will be billed: each share of the price (leftover cents on the last paying one) and planned end. */
  tranches(priceMinor) {
    const list = this._kind === 'package'
      ? (this.package?.milestones || []).map(m => ({ name: m.name, days: m.plannedDays, share: m.sharePercent }))
      : this._milestones.map((m, i) => ({ name: m.name || t('form.field.milestone', i + 1), days: Number(m.days), share: Number(m.sharePercent) }));
    const amounts = list.map(m => Math.floor(priceMinor * m.share / 100));
    const lastPaying = list.map(m => m.share > 0).lastIndexOf(true);
    if (lastPaying >= 0) amounts[lastPaying] += priceMinor - amounts.reduce((a, b) => a + b, 0);
    let end = Date.now();
    return list.map((m, i) => {
      end += (Number.isFinite(m.days) ? m.days : 0) * 86400000;
      return { ...m, amountMinor: amounts[i], plannedEnd: new Date(end).toISOString() };
    });
  }

  async submit(e) {
    e.preventDefault();
    if (this._acting) return;
    const form = e.target;
    const value = name => form.elements[name]?.value?.trim();
    const currency = value('currency');
    const priceMinor = this._priceText.trim() ? this.priceMinor : null;
    if (priceMinor === null && this._priceText.trim()) {
      // not sent: the service would read a different amount than the person meant
      this._error = { message: t('form.priceUnreadable', amountExample(currency)),
        fieldErrors: [{ field: 'priceMinor', message: t('form.priceUnreadable', amountExample(currency)) }] };
      form.elements.price.focus();
      return;
    }
    const body = {
      accountId: value('account') ? Number(value('account')) : null,
      title: value('title'),
      priceMinor,
      currency,
      internalReference: value('reference') || null,
      siteId: this.site ? this.site.id : null,
      automaticHandover: !!(this.site?.underAgency && form.elements.handover?.checked),
    };
    if (this._kind === 'package') {
      body.packageId = Number(this._packageId);
      body.answers = Object.fromEntries(Object.entries(this._answers).filter(([, v]) => v !== ''));
    } else {
      body.milestones = this._milestones.map(m => ({ ...m, days: Number(m.days), sharePercent: Number(m.sharePercent),
        includedRevisions: Number(m.includedRevisions) }));
    }
    const account = (this._accounts || []).find(a => a.id === body.accountId);
    // an incomplete form goes straight to the service, whose field errors say what is missing; a complete one is
    // summarised (price, tranches, dates) and placed only when the person confirms
    const complete = body.title && priceMinor !== null && account;
    const confirmed = !complete || await this.confirmAction(t('form.summary'), [
      `${body.title || t('common.none')} · ${account?.name || t('common.none')}`,
      `${t('form.summaryPrice')}: ${money(priceMinor, currency)}`,
      ...this.tranches(priceMinor).map((m, i) => `${i + 1}. ${m.name}: ${m.share} % = ${money(m.amountMinor, currency)}, `
        + `${t('form.summaryTranche')} · ${t('form.summaryDue', date(m.plannedEnd))}`),
      ...(body.automaticHandover ? [t('form.summaryHandover', this.site.name)] : []),
    ], t('form.confirmPlace'));
    if (!confirmed) return;
    const order = await this.perform(() => this.api.post('/api/v1/orders', body));
    if (order) this.dispatchEvent(new CustomEvent('ph-open-order', { detail: order.id, bubbles: true, composed: true }));
  }

  setMilestone(i, key, value) {
    this._milestones = this._milestones.map((m, j) => (j === i ? { ...m, [key]: value } : m));
  }

  renderQuestion(q) {
    const id = 'q-' + q.key;
    const label = html`${q.label}${q.required ? ' *' : ''}`;
    const set = v => { this._answers = { ...this._answers, [q.key]: v }; };
    if (q.type === 'CHOICE') {
      return html`<label for=${id}>${label}<select id=${id} name=${id} @change=${e => set(e.target.value)}>
        <option value=""></option>${q.choices.map(c => html`<option value=${c}>${c}</option>`)}</select>
        ${this.errors('answers.' + q.key)}</label>`;
    }
    if (q.type === 'FILE') {
      return html`<p class="muted" data-question=${q.key}>${q.label}: ${t('form.fileLater')}</p>`;
    }
    return html`<label for=${id}>${label}<input id=${id} name=${id} type="text" @input=${e => set(e.target.value)}>
      ${this.errors('answers.' + q.key)}</label>`;
  }

  render() {
    const p = this.package;
    return html`
      <h2>${t('form.title')}</h2>
      ${this.renderState()}
      ${this._accounts && this._accounts.length === 0 ? html`<p class="muted" id="no-accounts">${t('form.noAccounts')}</p>` : ''}
      ${this._packages ? html`
      <form @submit=${this.submit} novalidate>
        <div class="row">
          <label for="account">${t('form.customer')} *<select id="account" name="account" required>
            ${(this._accounts || []).map(a => html`<option value=${a.id}>${a.name}</option>`)}</select>${this.errors('accountId')}</label>
          <fieldset><legend>${t('form.kind')}</legend>
            <label class="inline"><input type="radio" name="kind" id="kind-package" .checked=${this._kind === 'package'}
              @change=${() => { this._kind = 'package'; }}>${t('form.package')}</label>
            <label class="inline"><input type="radio" name="kind" id="kind-offer" .checked=${this._kind === 'offer'}
              @change=${() => { this._kind = 'offer'; }}>${t('form.offer')}</label>${this.errors('packageId')}</fieldset>
        </div>
        <div class="row">
          <label for="title">${t('form.orderTitle')} *<input id="title" name="title" required>${this.errors('title')}</label>
          <label for="price">${t('form.price')} *<input id="price" name="price" inputmode="decimal" required
              placeholder=${amountExample(this._currency)} aria-describedby="price-echo" @input=${e => { this._priceText = e.target.value; }}>
            <span id="price-echo" class=${this._priceText && this.priceMinor === null ? 'field-error' : 'muted'} aria-live="polite">${
              !this._priceText ? '' : this.priceMinor === null ? t('form.priceUnreadable', amountExample(this._currency))
                : t('form.priceEcho', money(this.priceMinor, this._currency))}</span>${this.errors('priceMinor')}</label>
          <label for="currency">${t('form.currency')}<select id="currency" name="currency" @change=${e => { this._currency = e.target.value; }}>
            ${CURRENCIES.map(c => html`<option>${c}</option>`)}</select>${this.errors('currency')}</label>
          <label for="reference">${t('form.reference')}<input id="reference" name="reference">${this.errors('internalReference')}</label>
        </div>
        ${(this._sites || []).length ? html`<div class="row">
          <label for="site">${t('form.site')}<select id="site" name="site" @change=${e => { this._siteId = e.target.value; }}>
            <option value="">${t('form.noSite')}</option>
            ${this._sites.map(s => html`<option value=${s.id}>${s.name}${s.domain ? ' · ' + s.domain : ''}</option>`)}</select>
            ${this.errors('siteId')}</label>
          ${this.site?.underAgency ? html`<label class="inline"><input type="checkbox" id="handover" name="handover">
            ${t('form.handoverLabel')}</label>${this.errors('automaticHandover')}` : ''}
        </div>` : ''}
        ${this._kind === 'package' ? html`
          <div class="row"><label for="package">${t('form.package')}<select id="package" @change=${e => { this._packageId = e.target.value; this._answers = {}; }}>
            ${this._packages.map(x => html`<option value=${x.id} ?selected=${x.id === Number(this._packageId)}>${x.name}</option>`)}</select></label></div>
          ${p ? html`<p class="muted">${p.description}</p>
            <ol>${p.milestones.map(m => html`<li>${m.name} · ${days(m.plannedDays)} · ${m.sharePercent} %</li>`)}</ol>
            <p class="muted" id="brief-later">${t('form.briefLater')}</p>
            <div class="row">${p.questions.map(q => this.renderQuestion(q))}</div>` : ''}`
        : html`
          <fieldset><legend>${t('form.milestones')}</legend>${this.errors('milestones')}
            ${this._milestones.map((m, i) => html`<div class="row" data-milestone=${i}>
              <label for=${'m-name-' + i}>${t('form.milestoneName')}<input id=${'m-name-' + i} .value=${m.name}
                @input=${e => this.setMilestone(i, 'name', e.target.value)}>${this.errors(`milestones[${i}].name`)}</label>
              <label for=${'m-days-' + i}>${t('form.days')}<input id=${'m-days-' + i} type="number" min="1" max="30" .value=${String(m.days)}
                @input=${e => this.setMilestone(i, 'days', e.target.value)}>${this.errors(`milestones[${i}].days`)}</label>
              <label for=${'m-share-' + i}>${t('form.share')}<input id=${'m-share-' + i} type="number" min="0" max="100" .value=${String(m.sharePercent)}
                @input=${e => this.setMilestone(i, 'sharePercent', e.target.value)}>${this.errors(`milestones[${i}].sharePercent`)}</label>
              <label for=${'m-rev-' + i}>${t('form.revisions')}<input id=${'m-rev-' + i} type="number" min="0" max="10" .value=${String(m.includedRevisions)}
                @input=${e => this.setMilestone(i, 'includedRevisions', e.target.value)}></label>
              <button type="button" class="secondary" ?disabled=${this._milestones.length <= 2}
                @click=${() => { this._milestones = this._milestones.filter((_, j) => j !== i); }}>${t('form.remove')}</button>
            </div>`)}
            <button type="button" class="secondary" id="add-milestone" ?disabled=${this._milestones.length >= 6}
              @click=${() => { this._milestones = [...this._milestones, blankMilestone()]; }}>${t('form.addMilestone')}</button>
          </fieldset>`}
        <p><button type="submit" id="place" ?disabled=${this._busy}>${t('form.place')}</button></p>
      </form>` : ''}`;
  }
}
customElements.define('ph-order-form', PhOrderForm);
