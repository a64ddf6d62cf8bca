import { html } from 'lit';
import { PhElement } from './base.js';
import { t, date } from './i18n.js';

const PERMISSIONS = ['ORDER_PRODUCTS', 'CHANGE_SPECS', 'CONTACT_SUPPORT', 'VIEW_INVOICES', 'MANAGE_BILLING', 'MANAGE_COLLABORATORS', 'EDIT_SITE'];

/** The account switcher, an account's members and their permissions, and invitations into it. */
export class PhAccounts extends PhElement {
  static properties = { _accounts: { state: true }, _selected: { state: true }, _members: { state: true }, _invitations: { state: true } };

  updated(changed) {
    if (changed.has('api') && this.api) this.load();
  }

  async load() {
    const accounts = await this.run(() => this.api.get('/api/v1/accounts'));
    if (accounts) {
      this._accounts = accounts;
      if (accounts.length) await this.select(accounts.find(a => a.id === this._selected?.id) || accounts[0]);
    }
  }

  async select(account) {
    this._selected = account;
    this._members = await this.run(() => this.api.get(`/api/v1/accounts/${account.id}/members`));
    this._invitations = account.myPermissions.includes('MANAGE_COLLABORATORS')
      ? await this.api.get(`/api/v1/accounts/${account.id}/invitations`).catch(() => []) : [];
  }

  get manages() {
    return this._selected?.myPermissions.includes('MANAGE_COLLABORATORS');
  }

  async open(e) {
    e.preventDefault();
    const created = await this.perform(() => this.api.post('/api/v1/accounts', { name: e.target.elements.accountName.value }), t('action.done'));
    if (created) { this._selected = created; await this.load(); }
  }

  /** An agency opens an account for its customer, who owns it and is invited to take it over. */
  async openOnBehalf(e) {
    e.preventDefault();
    const form = e.target; // event.target is cleared once dispatch from a shadow tree ends
    const f = form.elements;
    const body = {
      name: f.behalfName.value, onBehalfOfAgencyId: this.me.agencies[0].id, customerEmail: f.behalfEmail.value,
      authorisation: { confirmed: f.behalfConfirmed.checked, note: f.behalfNote.value },
      agencyPermissions: PERMISSIONS.filter(p => f['agreed-' + p].checked),
      billingParty: f.behalfBilling.value,
    };
    const created = await this.perform(() => this.api.post('/api/v1/accounts', body), t('accounts.openedOnBehalf', body.customerEmail));
    if (created) { form.reset(); this._selected = created; await this.load(); }
  }

  /** The agency that would be billed instead of the customer; none for a customer who works without one. */
  billableAgency(a) {
    return a.billingAgencyId || a.openedByAgencyId || (this.me.agencies || [])[0]?.id || null;
  }

  async changeBilling(party) {
    const a = this._selected;
    const agencyId = this.billableAgency(a);
    const updated = await this.perform(() => this.api.put(`/api/v1/accounts/${a.id}/billing`,
      { billingParty: party, billingAgencyId: party === 'AGENCY' ? agencyId : null }), t('action.done'));
    if (updated) { this._selected = updated; await this.load(); }
  }

  async invite(e) {
    e.preventDefault();
    const form = e.target; // event.target is cleared once dispatch from a shadow tree ends
    const f = form.elements;
    const permissions = PERMISSIONS.filter(p => f['inv-' + p].checked);
    const done = await this.perform(() => this.api.post(`/api/v1/accounts/${this._selected.id}/invitations`,
      { email: f.inviteEmail.value, permissions }), t('accounts.invited'));
    if (done) { form.reset(); await this.select(this._selected); }
  }

  async toggle(member, permission, on) {
    const permissions = on ? [...member.permissions, permission] : member.permissions.filter(p => p !== permission);
    const done = await this.perform(() => this.api.put(`/api/v1/accounts/${this._selected.id}/members/${member.userId}/permissions`,
      { permissions }), t('action.done'));
    if (done) await this.select(this._selected);
  }

  async revoke(invitation) {
    const done = await this.perform(() => this.api.delete(`/api/v1/accounts/${this._selected.id}/invitations/${invitation.id}`), t('action.done'));
    if (done) await this.select(this._selected);
  }

  render() {
    return html`
      <h2>${t('accounts.title')}</h2>
      ${this.renderState()}
      ${this._accounts ? html`
        <div class="row">
          ${this._accounts.length ? html`<label for="account-switcher">${t('accounts.switch')}
            <select id="account-switcher" @change=${e => this.select(this._accounts.find(a => a.id === Number(e.target.value)))}>
              ${this._accounts.map(a => html`<option value=${a.id} ?selected=${a.id === this._selected?.id}>${a.name} (${t('role.' + a.myRole)})</option>`)}
            </select></label>` : this.renderEmpty(t('accounts.empty'), t('accounts.toInbox'), '?view=inbox')}
          ${this._accounts.some(a => a.myRole === 'OWNER') ? '' : html`<form class="row" @submit=${this.open}>
            <label for="accountName">${t('accounts.openOwn')}<input id="accountName" name="accountName" required></label>
            <button type="submit" id="open-account" ?disabled=${this._busy}>${t('accounts.open')}</button></form>`}
        </div>` : ''}
      ${(this.me?.agencies || []).length ? html`
        <details class="card"><summary>${t('accounts.onBehalf')}</summary>
          <form @submit=${this.openOnBehalf}>
            <div class="row">
              <label for="behalfName">${t('accounts.name')} *<input id="behalfName" name="behalfName" required></label>
              <label for="behalfEmail">${t('accounts.customerEmail')} *<input id="behalfEmail" name="behalfEmail" type="email" required></label>
              <label for="behalfBilling">${t('accounts.billing')}<select id="behalfBilling" name="behalfBilling">
                <option value="CUSTOMER">${t('billing.CUSTOMER')}</option><option value="AGENCY">${t('billing.AGENCY')}</option></select></label>
            </div>
            <label for="behalfNote">${t('accounts.authorisationNote')} *<input id="behalfNote" name="behalfNote" required></label>
            <label class="inline"><input type="checkbox" id="behalfConfirmed" name="behalfConfirmed">${t('accounts.authorisationConfirmed')}</label>
            <fieldset><legend>${t('accounts.agreed')}</legend>${PERMISSIONS.map(p => html`
              <label class="inline"><input type="checkbox" name=${'agreed-' + p}
                ?checked=${['ORDER_PRODUCTS', 'CHANGE_SPECS', 'CONTACT_SUPPORT', 'EDIT_SITE'].includes(p)}>${t('perm.' + p)}</label>`)}</fieldset>
            <button type="submit" id="open-on-behalf" ?disabled=${this._busy}>${t('accounts.openForCustomer')}</button>
          </form></details>` : ''}
      ${this._selected && this._members ? html`
        <div class="card" id="billing">${t('accounts.billing')}: <strong>${t('billing.' + this._selected.billingParty)}</strong>
          ${this._selected.authorisationNote ? html`<div class="muted">${t('accounts.authorisationNote')}: ${this._selected.authorisationNote}</div>` : ''}
          ${this._selected.myPermissions.includes('MANAGE_BILLING')
            && (this._selected.billingParty === 'AGENCY' || this.billableAgency(this._selected)) ? html`
            <button class="secondary" id="bill-to-${this._selected.billingParty === 'AGENCY' ? 'customer' : 'agency'}"
              @click=${() => this.changeBilling(this._selected.billingParty === 'AGENCY' ? 'CUSTOMER' : 'AGENCY')}>
              ${this._selected.billingParty === 'AGENCY' ? t('accounts.billCustomer') : t('accounts.billAgency')}</button>` : ''}</div>
        <h3>${t('accounts.members')}</h3>
        <table id="members"><thead><tr><th scope="col">${t('accounts.member')}</th><th scope="col">${t('accounts.role')}</th>
          ${PERMISSIONS.map(p => html`<th scope="col">${t('perm.' + p)}</th>`)}</tr></thead>
          <tbody>${this._members.map(m => html`<tr data-member=${m.email}>
            <td>${m.displayName}<div class="muted">${m.email}</div></td><td>${t('role.' + m.role)}</td>
            ${PERMISSIONS.map(p => html`<td><input type="checkbox" aria-label="${m.displayName}: ${t('perm.' + p)}"
              .checked=${m.permissions.includes(p)} ?disabled=${!this.manages || m.role === 'OWNER'}
              @change=${e => this.toggle(m, p, e.target.checked)}></td>`)}</tr>`)}</tbody></table>
        ${this.manages ? html`
          <h3>${t('accounts.invite')}</h3>
          <form class="card" @submit=${this.invite}>
            <label for="inviteEmail">${t('accounts.email')} *<input id="inviteEmail" name="inviteEmail" type="email" required></label>
            <fieldset><legend>${t('inbox.permissions')}</legend>${PERMISSIONS.map(p => html`
              <label class="inline"><input type="checkbox" name=${'inv-' + p} ?checked=${p === 'VIEW_INVOICES'}>${t('perm.' + p)}</label>`)}</fieldset>
            <button type="submit" id="send-invitation" ?disabled=${this._busy}>${t('accounts.send')}</button></form>
          <ul id="invitations">${(this._invitations || []).map(i => html`<li data-invitation=${i.id}>${i.email} — ${t('inv.' + i.status)}
            ${i.status === 'PENDING' ? html`· ${t('inbox.expires', date(i.expiresAt))}` : ''}
            ${i.status === 'PENDING' ? html`<button class="secondary revoke" ?disabled=${this._busy} @click=${() => this.revoke(i)}>${t('accounts.revoke')}</button>` : ''}</li>`)}</ul>` : ''}` : ''}`;
  }
}
customElements.define('ph-accounts', PhAccounts);
