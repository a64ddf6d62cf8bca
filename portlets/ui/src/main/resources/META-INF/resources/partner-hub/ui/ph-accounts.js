import { html } from 'lit';
import { PhElement } from './base.js';
import { t, date } from './i18n.js';

const PERMISSIONS = ['ORDER_PRODUCTS', 'CHANGE_SPECS', 'CONTACT_SUPPORT', 'VIEW_INVOICES', 'MANAGE_BILLING', 'MANAGE_COLLABORATORS', 'EDIT_SITE'];

/** The account switcher, an account's members and their permissions, and invitations into it. */
export class PhAccounts extends PhElement {
  static properties = { _accounts: { state: true }, _selected: { state: true }, _members: { state: true }, _invitations: { state: true },
    _requests: { state: true }, _sites: { state: true }, _orders: { state: true }, _limiting: { state: true } };

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
    // everything the account's panel shows, side by side and shown at once; an account chosen meanwhile wins
    const attempt = this._selects = (this._selects || 0) + 1;
    const manages = account.myPermissions.includes('MANAGE_COLLABORATORS');
    const none = () => Promise.resolve(null);
    const loaded = await this.run(() => Promise.all([
      this.api.get(`/api/v1/accounts/${account.id}/members`),
      manages ? this.api.get(`/api/v1/accounts/${account.id}/invitations`).catch(() => []) : none(),
      manages ? this.api.get(`/api/v1/accounts/${account.id}/access-requests`).catch(() => []) : none(),
      // what a grant can be limited to: the account's sites and running orders
      manages ? this.api.get('/api/v1/sites?limit=200').catch(() => ({ items: [] })) : none(),
      manages ? this.api.get(`/api/v1/orders?status=ACTIVE&customer=${account.id}&limit=100`).catch(() => ({ items: [] })) : none()
    ]));
    if (attempt !== this._selects) return;
    if (!loaded) { this._members = null; return; } // the problem is shown, not the members of the account before
    const [members, invitations, requests, sites, orders] = loaded;
    this._members = members;
    this._invitations = invitations || [];
    this._requests = requests || [];
    if (manages) {
      this._sites = sites.items.filter(s => s.ownerAccountId === account.id);
      this._orders = orders.items;
    }
  }

  /** The limit fields of a form, as the service takes them; empty means unlimited. */
  limitOf(f, prefix) {
    return { siteId: f[prefix + 'Site'].value ? Number(f[prefix + 'Site'].value) : null,
      accessEndsAt: f[prefix + 'Ends'].value || null,
      untilOrderId: f[prefix + 'Order'].value ? Number(f[prefix + 'Order'].value) : null };
  }

  fieldLabel(field) {
    return { siteId: t('limit.site'), accessEndsAt: t('limit.ends'), untilOrderId: t('limit.order'), email: t('accounts.email'),
      permissions: t('inbox.permissions') }[field] || null;
  }

  renderLimitFields(prefix) {
    return html`<fieldset class="limit"><legend>${t('limit.title')}</legend><div class="row">
      <label>${t('limit.site')}<select name=${prefix + 'Site'}><option value="">${t('limit.allSites')}</option>
        ${(this._sites || []).map(s => html`<option value=${s.id}>${s.name}</option>`)}</select>${this.errors('siteId')}</label>
      <label>${t('limit.ends')}<input type="date" name=${prefix + 'Ends'}>${this.errors('accessEndsAt')}</label>
      <label>${t('limit.order')}<select name=${prefix + 'Order'}><option value="">${t('limit.noOrder')}</option>
        ${(this._orders || []).map(o => html`<option value=${o.id}>${o.number} · ${o.title}</option>`)}</select>${this.errors('untilOrderId')}</label>
    </div></fieldset>`;
  }

  /** What a member's or invitation's limit says, in words. */
  limitText(x) {
    const parts = [];
    if (x.siteId) parts.push(t('limit.onlySite', (this._sites || []).find(s => s.id === x.siteId)?.name || '#' + x.siteId));
    // a grant ends at the start of the day after the one picked: shown as that last day, included
    if (x.accessEndsAt) parts.push(t('limit.until', date(new Date(Date.parse(x.accessEndsAt) - 1000).toISOString())));
    if (x.untilOrderId) parts.push(t('limit.untilOrder', (this._orders || []).find(o => o.id === x.untilOrderId)?.number || '#' + x.untilOrderId));
    return parts.join(' · ');
  }

  async limit(e, member) {
    e.preventDefault();
    const done = await this.perform(() => this.api.put(`/api/v1/accounts/${this._selected.id}/members/${member.userId}/limit`,
      this.limitOf(e.target.elements, 'lim')), t('action.done'));
    if (done) { this._limiting = null; await this.select(this._selected); }
  }

  /** Approving grants what was asked (billing, collaborators): said before it happens. */
  async decide(request, approve) {
    const what = request.kind === 'INVITATION' ? request.email : this._members.find(m => m.userId === request.memberUserId)?.displayName;
    if (approve && !await this.confirmAction(t('requests.approveTitle'), t('requests.approveConsequence', request.requestedByName,
      what, request.permissions.map(p => t('perm.' + p)).join(', ')), t('requests.approve'))) return;
    const done = await this.perform(() => this.api.post(`/api/v1/accounts/${this._selected.id}/access-requests/${request.id}/${approve ? 'approve' : 'decline'}`),
      t(approve ? 'requests.approved' : 'requests.declined'));
    if (done) await this.select(this._selected);
  }

  async exportAudit(e, format) {
    e.preventDefault();
    const f = e.target.form.elements;
    const range = `${f.auditFrom.value ? '&from=' + f.auditFrom.value : ''}${f.auditTo.value ? '&to=' + f.auditTo.value : ''}`;
    await this.run(() => this.api.download(`/api/v1/audit?accountId=${this._selected.id}&format=${format}${range}`,
      `partner-hub-audit-${this._selected.id}.${format}`));
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
      { email: f.inviteEmail.value, permissions, ...this.limitOf(f, 'inv') }));
    if (done) {
      // some permissions asked for by an agency wait for the owner: that is said, not "sent"
      this._notice = done.kind && done.status === 'PENDING' ? t('requests.waiting') : t('accounts.invited');
      form.reset();
      await this.select(this._selected);
    }
  }

  async toggle(member, permission, on) {
    const permissions = on ? [...member.permissions, permission] : member.permissions.filter(p => p !== permission);
    const done = await this.perform(() => this.api.put(`/api/v1/accounts/${this._selected.id}/members/${member.userId}/permissions`,
      { permissions }));
    if (done) {
      this._notice = done.kind && done.status === 'PENDING' ? t('requests.waiting') : t('action.done');
      await this.select(this._selected);
    }
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
          ${PERMISSIONS.map(p => html`<th scope="col">${t('perm.' + p)}</th>`)}<th scope="col">${t('limit.title')}</th></tr></thead>
          <tbody>${this._members.map(m => html`<tr data-member=${m.email}>
            <td data-label=${t('accounts.member')}>${m.displayName}<div class="muted">${m.email}</div></td>
            <td data-label=${t('accounts.role')}>${t('role.' + m.role)}</td>
            ${PERMISSIONS.map(p => html`<td data-label=${t('perm.' + p)}><input type="checkbox" aria-label="${m.displayName}: ${t('perm.' + p)}"
              .checked=${m.permissions.includes(p)} ?disabled=${!this.manages || m.role === 'OWNER'}
              @change=${e => this.toggle(m, p, e.target.checked)}></td>`)}
            <td data-label=${t('limit.title')} class="limit-cell"><span class="limit-text">${this.limitText(m) || (m.role === 'OWNER' ? '' : t('limit.none'))}</span>
              ${this.manages && m.role !== 'OWNER' ? html`<button class="secondary limit-member" @click=${() => { this._limiting = m.userId; }}>
                ${t('limit.change')}</button>` : ''}</td></tr>`)}</tbody></table>
        ${this._limiting ? html`<form class="card" id="limit-form" @submit=${e => this.limit(e, this._members.find(m => m.userId === this._limiting))}>
          <strong>${this._members.find(m => m.userId === this._limiting)?.displayName}</strong>
          ${this.renderLimitFields('lim')}
          <div class="row"><button type="submit" id="save-limit" ?disabled=${this._busy}>${t('limit.save')}</button>
            <button type="button" class="secondary" @click=${() => { this._limiting = null; }}>${t('common.cancel')}</button></div></form>` : ''}
        ${(this._requests || []).length ? html`<h3>${t('requests.title')}</h3>
          <ul id="access-requests">${this._requests.map(r => html`<li data-request=${r.id} data-status=${r.status}>
            ${t('requests.line.' + r.kind, r.requestedByName, r.kind === 'INVITATION' ? r.email
              : this._members.find(m => m.userId === r.memberUserId)?.displayName || '#' + r.memberUserId,
              r.permissions.map(p => t('perm.' + p)).join(', '))}
            <span class="badge ${r.status === 'PENDING' ? 'warn' : r.status === 'APPROVED' ? 'ok' : ''}">${t('requests.status.' + r.status)}</span>
            ${r.status === 'PENDING' && this._selected.myRole === 'OWNER' ? html`
              <button class="approve" ?disabled=${this._busy} @click=${() => this.decide(r, true)}>${t('requests.approve')}</button>
              <button class="secondary decline" ?disabled=${this._busy} @click=${() => this.decide(r, false)}>${t('requests.decline')}</button>`
              : r.status === 'PENDING' ? html`<span class="muted">${t('requests.ownerDecides')}</span>` : ''}</li>`)}</ul>` : ''}
        ${this.manages ? html`
          <h3>${t('accounts.invite')}</h3>
          <form class="card" @submit=${this.invite}>
            <label for="inviteEmail">${t('accounts.email')} *<input id="inviteEmail" name="inviteEmail" type="email" required></label>
            <fieldset><legend>${t('inbox.permissions')}</legend>${PERMISSIONS.map(p => html`
              <label class="inline"><input type="checkbox" name=${'inv-' + p} ?checked=${p === 'VIEW_INVOICES'}>${t('perm.' + p)}</label>`)}</fieldset>
            ${this.renderLimitFields('inv')}
            ${this._selected.myRole !== 'OWNER' && (this.me?.agencies || []).length ? html`<p class="muted">${t('requests.hint')}</p>` : ''}
            <button type="submit" id="send-invitation" ?disabled=${this._busy}>${t('accounts.send')}</button></form>
          <ul id="invitations">${(this._invitations || []).map(i => html`<li data-invitation=${i.id}>${i.email} — ${t('inv.' + i.status)}
            ${i.status === 'PENDING' ? html`· ${t('inbox.expires', date(i.expiresAt))}` : ''}
            ${this.limitText(i) ? html`· <span class="muted">${this.limitText(i)}</span>` : ''}
            ${i.status === 'PENDING' ? html`<button class="secondary revoke" ?disabled=${this._busy} @click=${() => this.revoke(i)}>${t('accounts.revoke')}</button>` : ''}</li>`)}</ul>
          <h3>${t('audit.title')}</h3>
          <form class="row card" id="audit-export" @submit=${e => e.preventDefault()}>
            <label>${t('audit.from')}<input type="date" name="auditFrom"></label>
            <label>${t('audit.to')}<input type="date" name="auditTo"></label>
            <button type="button" class="secondary" id="audit-csv" @click=${e => this.exportAudit(e, 'csv')}>${t('audit.csv')}</button>
            <button type="button" class="secondary" id="audit-json" @click=${e => this.exportAudit(e, 'json')}>${t('audit.json')}</button>
            <span class="muted">${t('audit.hint')}</span></form>` : ''}` : ''}`;
  }
}
customElements.define('ph-accounts', PhAccounts);
