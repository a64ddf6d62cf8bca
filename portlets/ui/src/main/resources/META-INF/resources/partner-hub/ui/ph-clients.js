import { html } from 'lit';
import { PhElement } from './base.js';
import { t, money, date } from './i18n.js';

const KINDS = ['SITE', 'TRANSFER', 'INVITATION', 'INVOICE'];
const PERMISSIONS = ['ORDER_PRODUCTS', 'CHANGE_SPECS', 'CONTACT_SUPPORT', 'VIEW_INVOICES', 'MANAGE_BILLING', 'MANAGE_COLLABORATORS', 'EDIT_SITE'];

/**
 * The agency's one view across its client accounts: sites, open transfers, pending invitations and unpaid invoices in
 * one list, and many invitations or transfers at once, each reported on its own.
 */
export class PhClients extends PhElement {
  static properties = { _agencyId: { state: true }, _overview: { state: true }, _type: { state: true }, _account: { state: true },
    _picked: { state: true }, _accounts: { state: true }, _results: { state: true } };

  constructor() {
    super();
    this._type = '';
    this._account = '';
    this._picked = new Set();
    this._accounts = new Set();
  }

  updated(c) {
    if ((c.has('api') || c.has('me')) && this.api && this.me) {
      const agency = (this.me.agencies || [])[0];
      if (agency && agency.id !== this._agencyId) {
        this._agencyId = agency.id;
        this.load();
      }
    }
  }

  /** The whole overview; the filters narrow what is shown, so what can be offered is always judged from all of it. */
  async load() {
    const overview = await this.run(() => this.api.get(`/api/v1/agencies/${this._agencyId}/overview`));
    if (overview) this._overview = overview;
  }

  filter(key, value) {
    this[key] = value;
  }

  get shown() {
    return (this._overview?.items || []).filter(i => (!this._type || i.type === this._type)
      && (!this._account || String(i.accountId) === this._account));
  }

  /** Sites still the agency's with no offer open: those a bulk transfer can offer. */
  get offerable() {
    const items = this._overview?.items || [];
    const offered = new Set(items.filter(i => i.type === 'TRANSFER').map(i => i.siteId));
    return items.filter(i => i.type === 'SITE' && i.accountId == null && !offered.has(i.id));
  }

  toggle(set, id, on) {
    const next = new Set(this[set]);
    if (on) next.add(id); else next.delete(id);
    this[set] = next;
  }

  fieldLabel(field) {
    return { items: t('clients.items') }[field] || null;
  }

  /** Offering sites ends the agency's ownership once accepted: confirmed, with each site and recipient listed. */
  async bulkTransfer(e) {
    e.preventDefault();
    const form = e.target;
    const f = form.elements;
    const sites = this.offerable.filter(s => this._picked.has(s.id));
    const items = sites.map(s => ({ siteId: s.id, recipientEmail: f['to-' + s.id].value, stayAsCollaborator: f.bulkStay.checked }));
    if (!await this.confirmAction(t('clients.transferTitle', items.length), items.map((it, i) => `${sites[i].title} → ${it.recipientEmail || '?'}`),
      t('clients.transfer'))) return;
    const result = await this.perform(() => this.api.post(`/api/v1/agencies/${this._agencyId}/bulk-transfers`, { items }));
    if (result) {
      this.report(result, items.map((it, i) => `${sites[i].title} → ${it.recipientEmail}`));
      form.reset();
    }
  }

  async bulkInvite(e) {
    e.preventDefault();
    const f = e.target.elements;
    const accounts = (this._overview?.accounts || []).filter(a => this._accounts.has(a.id));
    const permissions = PERMISSIONS.filter(p => f['bulk-' + p].checked);
    const items = accounts.map(a => ({ accountId: a.id, email: f.bulkEmail.value, permissions, accessEndsAt: f.bulkEnds.value || null }));
    const form = e.target; // event.target is cleared once dispatch from a shadow tree ends
    const result = await this.perform(() => this.api.post(`/api/v1/agencies/${this._agencyId}/bulk-invitations`, { items }));
    if (result) {
      this.report(result, accounts.map(a => `${a.name} · ${f.bulkEmail.value}`));
      form.reset();
    }
  }

  report(result, labels) {
    this._results = result.items.map(r => ({ ...r, label: labels[r.index] }));
    this._notice = t('clients.done', result.succeeded, result.failed);
    this._picked = new Set();
    this._accounts = new Set();
    this.load();
  }

  renderItem(i) {
    return html`<tr data-item=${i.type + '-' + i.id} data-type=${i.type}>
      <td data-label=${t('clients.account')}>${i.accountName || html`<span class="muted">${t('clients.agencyOwn')}</span>`}</td>
      <td data-label=${t('clients.kind')}><span class="badge ${i.type === 'INVOICE' ? 'warn' : 'info'}">${t('clients.kind.' + i.type)}</span></td>
      <td data-label=${t('clients.what')}>${i.type === 'SITE' && i.accountId == null && this.offerable.some(s => s.id === i.id)
        ? html`<label class="inline"><input type="checkbox" class="pick-site" .checked=${this._picked.has(i.id)}
            @change=${e => this.toggle('_picked', i.id, e.target.checked)}>${i.title}</label>` : i.title}
        ${i.orderNumber ? html`<div class="muted">${i.orderNumber}</div>` : ''}</td>
      <td data-label=${t('clients.status')}>${i.type === 'SITE' ? t('plan.' + i.status) : t('clients.status.' + i.type)}</td>
      <td data-label=${t('clients.date')}>${i.date ? date(i.date) : ''}</td>
      <td data-label=${t('clients.amount')}>${i.amountMinor != null ? money(i.amountMinor, i.currency) : ''}</td></tr>`;
  }

  render() {
    const o = this._overview;
    const picked = this.offerable.filter(s => this._picked.has(s.id));
    return html`
      <h2>${t('clients.title')}</h2>
      ${(this.me?.agencies || []).length === 0 ? html`<p class="muted">${t('contacts.agencyOnly')}</p>` : ''}
      ${this.renderState()}
      ${o ? html`
        <div class="row">
          <label for="clients-type">${t('clients.kind')}<select id="clients-type" @change=${e => this.filter('_type', e.target.value)}>
            <option value="">${t('clients.all')}</option>${KINDS.map(k => html`<option value=${k} ?selected=${this._type === k}>${t('clients.kind.' + k)}</option>`)}
          </select></label>
          <label for="clients-account">${t('clients.account')}<select id="clients-account" @change=${e => this.filter('_account', e.target.value)}>
            <option value="">${t('clients.all')}</option>${o.accounts.map(a => html`<option value=${a.id} ?selected=${String(a.id) === this._account}>${a.name}</option>`)}
          </select></label>
        </div>
        ${o.truncated ? html`<p class="problem warning" role="status">${t('clients.truncated')}</p>` : ''}
        ${this.shown.length === 0 ? this.renderEmpty(t('clients.empty'), t('nav.sites'), '?view=sites') : html`
          <table id="client-items"><thead><tr><th scope="col">${t('clients.account')}</th><th scope="col">${t('clients.kind')}</th>
            <th scope="col">${t('clients.what')}</th><th scope="col">${t('clients.status')}</th><th scope="col">${t('clients.date')}</th>
            <th scope="col">${t('clients.amount')}</th></tr></thead>
          <tbody>${this.shown.map(i => this.renderItem(i))}</tbody></table>`}
        ${this._results ? html`<h3>${t('clients.results')}</h3><ul id="bulk-results">${this._results.map(r => html`
          <li data-outcome=${r.outcome}><span class="badge ${r.problem ? 'danger' : r.outcome === 'REQUESTED' ? 'warn' : 'ok'}">${t('clients.outcome.' + r.outcome)}</span>
            ${r.label}${r.problem ? html` — ${r.problem.detail}${(r.problem.errors || []).map(e => html` (${e.field}: ${e.message})`)}` : ''}</li>`)}</ul>` : ''}
        <h3>${t('clients.bulkTransfer')}</h3>
        ${picked.length ? html`<form class="card" id="bulk-transfer" @submit=${this.bulkTransfer}>
          ${picked.map(s => html`<label>${s.title} → ${t('sites.recipient')} *<input type="email" name=${'to-' + s.id} required></label>`)}
          <label class="inline"><input type="checkbox" name="bulkStay" checked>${t('inbox.stay')}</label>
          <button type="submit" id="bulk-transfer-send" ?disabled=${this._busy}>${t('clients.transfer')}</button></form>`
          : html`<p class="muted">${t('clients.pickSites')}</p>`}
        <h3>${t('clients.bulkInvite')}</h3>
        ${o.accounts.length ? html`<form class="card" id="bulk-invite" @submit=${this.bulkInvite}>
          <fieldset><legend>${t('clients.accounts')}</legend>${o.accounts.map(a => html`<label class="inline">
            <input type="checkbox" class="pick-account" .checked=${this._accounts.has(a.id)}
              @change=${e => this.toggle('_accounts', a.id, e.target.checked)}>${a.name}</label>`)}</fieldset>
          <div class="row"><label>${t('accounts.email')} *<input type="email" name="bulkEmail" required></label>
            <label>${t('limit.ends')}<input type="date" name="bulkEnds"></label></div>
          <fieldset><legend>${t('inbox.permissions')}</legend>${PERMISSIONS.map(p => html`
            <label class="inline"><input type="checkbox" name=${'bulk-' + p} ?checked=${p === 'EDIT_SITE'}>${t('perm.' + p)}</label>`)}</fieldset>
          <p class="muted">${t('requests.hint')}</p>
          <button type="submit" id="bulk-invite-send" ?disabled=${this._busy || this._accounts.size === 0}>${t('clients.invite', this._accounts.size)}</button>
        </form>` : ''}` : ''}`;
  }
}
customElements.define('ph-clients', PhClients);
