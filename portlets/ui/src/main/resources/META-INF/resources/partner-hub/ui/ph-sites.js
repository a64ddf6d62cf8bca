import { html } from 'lit';
import { PhElement } from './base.js';
import { t, date, dateTime, money } from './i18n.js';

/** Sites with their owner and who is billed; the agency creates them, offers them to the customer, buys plans. */
export class PhSites extends PhElement {
  static properties = { _sites: { state: true }, _cursor: { state: true }, _transfers: { state: true }, _warning: { state: true },
    _accounts: { state: true }, _domains: { state: true }, _handedOver: { state: true }, _moved: { state: true },
    _ordering: { state: true } };

  updated(changed) {
    if ((changed.has('api') || changed.has('me')) && this.api && this.me) this.load(false);
  }

  /**
   * A page of sites with everything their cards show (pending offer, domains, undo banner), fetched side by side and
   * shown at once. Only the latest load fills the list; aria-busy tells assistive technology (and tests) it is loading.
   */
  async load(more) {
    const attempt = this._loads = (this._loads || 0) + 1;
    this.setAttribute('aria-busy', 'true');
    const loaded = await this.run(async () => {
      const page = await this.api.get(`/api/v1/sites?limit=20${more && this._cursor ? '&cursor=' + this._cursor : ''}`);
      const sites = more ? [...(this._sites || []), ...page.items] : page.items;
      const [accounts, transfers, domains, handed] = await Promise.all([
        more ? this._accounts : this.api.get('/api/v1/accounts').catch(() => []),
        Promise.all(sites.filter(x => x.underAgency && this.isAgency(x)).map(s =>
          this.api.get(`/api/v1/sites/${s.id}/transfers`).catch(() => [])
            .then(list => [s.id, list.find(tr => tr.status === 'PENDING')]))),
        Promise.all(sites.map(s => this.api.get(`/api/v1/sites/${s.id}/domains`).catch(() => []).then(d => [s.id, d]))),
        // sites that came into an account the viewer owns and may still be handed back
        this.api.get('/api/v1/transfers/handed-over').catch(() => [])
      ]);
      return { page, sites, accounts, transfers, domains, handed };
    });
    if (attempt !== this._loads) return;
    if (loaded) {
      this._accounts = loaded.accounts;
      this._transfers = Object.fromEntries(loaded.transfers);
      this._domains = Object.fromEntries(loaded.domains);
      this._handedOver = Object.fromEntries(loaded.handed.map(tr => [tr.siteId, tr]));
      this._sites = loaded.sites;
      this._cursor = loaded.page.nextCursor || null;
    }
    this.setAttribute('aria-busy', 'false');
  }

  isAgency(site) {
    return (this.me.agencies || []).some(a => a.id === site.agencyId);
  }

  /** As the service decides: the agency while it owns the site, then the account's members with ORDER_PRODUCTS. */
  mayBuyPlan(site) {
    return site.underAgency ? this.isAgency(site)
      : (this._accounts || []).some(a => a.id === site.ownerAccountId && a.myPermissions.includes('ORDER_PRODUCTS'));
  }

  /** The agency while the site is its own; afterwards the account's members who manage its billing. */
  mayOrderDomain(site) {
    return site.underAgency ? this.isAgency(site)
      : (this._accounts || []).some(a => a.id === site.ownerAccountId && a.myPermissions.includes('MANAGE_BILLING'));
  }

  async orderDomain(e, site) {
    e.preventDefault();
    const form = e.target;
    const f = form.elements;
    const owner = site.underAgency && (f.ownerName.value.trim() || f.ownerEmail.value.trim())
      ? { name: f.ownerName.value, email: f.ownerEmail.value } : null;
    const body = { name: f.domainName.value, ownerContact: owner, payer: site.underAgency ? f.payer.value : null };
    const payerLine = t('domains.confirmPayer.' + (body.payer || 'CUSTOMER'));
    if (!await this.confirmAction(t('domains.confirm', body.name || '…', site.name), [payerLine,
      site.underAgency ? (owner ? t('domains.confirmOwner', owner.name, owner.email) : t('domains.confirmOwnerDefault')) : t('domains.confirmOwnerYou')],
    t('domains.order'))) return;
    const done = await this.perform(() => this.api.post(`/api/v1/sites/${site.id}/domains`, body), t('domains.ordered'));
    if (done) { this._ordering = null; await this.load(false); }
  }

  fieldLabel(field) {
    return { name: t('domains.name'), 'ownerContact.name': t('domains.ownerName'), 'ownerContact.email': t('domains.ownerEmail'),
      payer: t('domains.payer') }[field] || null;
  }

  async showMoved(transfer) {
    const detail = await this.run(() => this.api.get(`/api/v1/transfers/${transfer.id}`));
    if (detail) this._moved = detail;
  }

  /** Handing back ends the customer's ownership: confirmed, with what goes back to the agency. */
  async undo(transfer, siteName) {
    if (!await this.confirmAction(t('undo.title', siteName), [t('undo.consequence'), t('undo.until', dateTime(transfer.undoUntil))],
      t('undo.action'))) return;
    const done = await this.perform(() => this.api.post(`/api/v1/transfers/${transfer.id}/undo`), t('undo.done'));
    if (done) { this._moved = null; await this.load(false); }
  }

  renderDomains(s) {
    const list = this._domains?.[s.id] || [];
    const contact = c => html`${c.name} <span class="muted">${c.email}</span>`;
    return html`<div class="domains" data-domains=${s.id}>
      ${list.length ? html`<h3>${t('domains.title')}</h3>
        <table><thead><tr><th>${t('domains.name')}</th><th>${t('domains.owner')}</th><th>${t('domains.billing')}</th>
          <th>${t('domains.tech')}</th><th>${t('domains.payer')}</th></tr></thead>
        <tbody>${list.map(d => html`<tr data-domain=${d.name}>
          <td data-label=${t('domains.name')}><strong>${d.name}</strong>
            <span class="badge ${d.status === 'REGISTERED' ? 'ok' : 'warn'}">${t('domains.status.' + d.status)}</span></td>
          <td data-label=${t('domains.owner')} class="owner">${contact(d.owner)}</td>
          <td data-label=${t('domains.billing')}>${contact(d.billing)}</td>
          <td data-label=${t('domains.tech')}>${contact(d.tech)}</td>
          <td data-label=${t('domains.payer')} class="payer">${t('billing.' + d.payer)}</td></tr>`)}</tbody></table>` : ''}
      ${this.mayOrderDomain(s) ? (this._ordering === s.id ? html`<form class="row card" @submit=${e => this.orderDomain(e, s)}
          aria-label=${t('domains.order')}>
          <label>${t('domains.name')} *<input name="domainName" required placeholder="example.com">${this.errors('name')}</label>
          ${s.underAgency ? html`
            <label>${t('domains.ownerName')}<input name="ownerName">${this.errors('ownerContact.name')}</label>
            <label>${t('domains.ownerEmail')}<input name="ownerEmail" type="email">${this.errors('ownerContact.email')}</label>
            <label>${t('domains.payer')}<select name="payer"><option value="AGENCY">${t('billing.AGENCY')}</option>
              <option value="CUSTOMER">${t('billing.CUSTOMER')}</option></select></label>
            <p class="muted">${t('domains.ownerHint')}</p>` : ''}
          <button type="submit" class="order-domain" ?disabled=${this._busy}>${t('domains.order')}</button>
          <button type="button" class="secondary" @click=${() => { this._ordering = null; }}>${t('common.cancel')}</button></form>`
        : html`<button class="secondary open-domain-form" @click=${() => { this._ordering = s.id; }}>${t('domains.order')}</button>`) : ''}
    </div>`;
  }

  renderHandedOver(s) {
    const tr = this._handedOver?.[s.id];
    if (!tr) return '';
    const moved = this._moved?.id === tr.id ? this._moved : null;
    return html`<div class="next-step handed-over" role="status">
      <strong>${t(tr.kind === 'AUTOMATIC' ? 'handover.automatic' : 'handover.accepted', dateTime(tr.decidedAt))}</strong>
      ${t('handover.undoUntil', dateTime(tr.undoUntil))}
      <div class="row">
        ${moved ? '' : html`<button class="secondary show-moved" @click=${() => this.showMoved(tr)}>${t('handover.whatMoved')}</button>`}
        <button class="secondary danger undo" ?disabled=${this._busy} @click=${() => this.undo(tr, s.name)}>${t('undo.action')}</button>
      </div>
      ${moved ? html`<ul class="moved">
        <li>${t('handover.movedSite', moved.siteName, t('plan.' + moved.plan), t('billing.to.' + moved.billingParty))}</li>
        ${moved.domains.map(d => html`<li>${t('handover.movedDomain', d.name, d.owner.name, t('billing.' + d.payer))}</li>`)}
        <li>${moved.agencyKeeps.length ? t('handover.agencyKeeps', moved.agencyKeeps.map(p => t('perm.' + p)).join(', '))
          : t('handover.agencyLeft')}</li></ul>` : ''}
    </div>`;
  }

  async create(e) {
    e.preventDefault();
    const form = e.target; // event.target is cleared once dispatch from a shadow tree ends
    const f = form.elements;
    const site = await this.perform(() => this.api.post('/api/v1/sites', {
      agencyId: this.me.agencies[0].id, name: f.siteName.value, domain: f.siteDomain.value || null }), t('action.done'));
    if (site) { form.reset(); await this.load(false); }
  }

  /** Offers the site after showing what the transfer moves, what stays with the agency and who keeps access. */
  async transfer(e, site) {
    e.preventDefault();
    const f = e.target.elements;
    const recipient = f.recipient.value;
    const stay = f.stay.checked;
    const preview = await this.run(() => this.api.get(`/api/v1/sites/${site.id}/transfer-preview?stayAsCollaborator=${stay}`));
    if (!preview) return;
    const lines = [
      t('preview.moves', preview.siteName, preview.domain || t('preview.noDomain'), t('plan.' + preview.plan), recipient),
      preview.paidPlan ? t('preview.paidPlan', t('plan.' + preview.plan)) : t('preview.freePlan'),
      preview.unpaidInvoices.length
        ? t('preview.unpaid', preview.unpaidInvoices.map(i => `${i.number} (${money(i.amountMinor, i.currency)})`).join(', '))
        : t('preview.noUnpaid'),
      preview.openOrders.length ? t('preview.openOrders', preview.openOrders.map(o => `${o.number} ${o.title}`).join(', ')) : null,
      ...(preview.domains || []).map(d => t(preview.stayAsCollaborator ? 'preview.domainStay' : 'preview.domainLeave', d.name, d.owner.name)),
      preview.stayAsCollaborator ? t('preview.stay', preview.keptPermissions.map(p => t('perm.' + p)).join(', ')) : t('preview.leave'),
      t('preview.validity', recipient, preview.validityDays),
    ].filter(Boolean);
    if (!await this.confirmAction(t('preview.title', preview.siteName), lines, t('sites.transfer'))) return;
    const done = await this.perform(() => this.api.post(`/api/v1/sites/${site.id}/transfers`, {
      recipientEmail: recipient, stayAsCollaborator: stay }), t('sites.offered'));
    if (done) await this.load(false);
  }

  async cancel(transfer) {
    if (!await this.confirmAction(t('sites.cancelTransfer'), t('sites.pending', transfer.recipientEmail, date(transfer.expiresAt)),
      t('sites.cancelTransfer'))) return;
    const done = await this.perform(() => this.api.post(`/api/v1/transfers/${transfer.id}/cancel`), t('action.done'));
    if (done) await this.load(false);
  }

  /** Before buying a plan the user sees who will be billed; buying needs a second, explicit click then. */
  async buyPlan(site, plan) {
    if (!this._warning || this._warning.siteId !== site.id) {
      const warnings = await this.run(() => this.api.get(`/api/v1/sites/${site.id}/plan-warnings`));
      if (!warnings) return;
      if (warnings.length) {
        this._warning = { siteId: site.id, plan, messages: warnings };
        return;
      }
      // billed to the customer account: still a purchase, so it is confirmed
      if (!await this.confirmAction(t('sites.buyConfirm', t('plan.' + plan), site.name), t('sites.buyBilled', t('billing.to.' + site.billingParty)),
        t('sites.buy'))) return;
    }
    this._warning = null;
    const changed = await this.perform(() => this.api.post(`/api/v1/sites/${site.id}/plan`, { plan }), t('action.done'));
    if (changed) await this.load(false);
  }

  render() {
    const agency = (this.me?.agencies || []).length > 0;
    return html`
      <h2>${t('sites.title')}</h2>
      ${this.renderState()}
      ${agency ? html`<form class="row card" @submit=${this.create} aria-label=${t('sites.create')}>
        <label for="siteName">${t('sites.name')} *<input id="siteName" name="siteName" required></label>
        <label for="siteDomain">${t('sites.domain')}<input id="siteDomain" name="siteDomain" placeholder="example.com"></label>
        <button type="submit" id="create-site" ?disabled=${this._busy}>${t('sites.create')}</button></form>` : ''}
      ${this._sites && this._sites.length === 0 ? (agency ? this.renderEmpty(t('sites.emptyAgency'))
        : this.renderEmpty(t('sites.emptyCustomer'), t('orders.inviteAgency'), '?view=accounts')) : ''}
      ${(this._sites || []).map(s => html`
        <div class="card" data-site=${s.id} data-billing=${s.billingParty}>
          <strong>${s.name}</strong> ${s.domain ? html`<span class="muted">${s.domain}</span>` : ''}
          <div>${t('sites.plan')}: ${t('plan.' + s.plan)} · ${t('sites.billed')}: <strong class="billing">${t('billing.' + s.billingParty)}</strong>
            ${s.underAgency ? html`<span class="badge warn">${t('sites.underAgency')}</span>` : ''}</div>
          ${this.renderHandedOver(s)}
          ${this.renderDomains(s)}
          ${this._warning?.siteId === s.id ? html`<div class="problem warning" role="alert">
            ${this._warning.messages.map(w => html`<div>${w.message}</div>`)}
            <button class="confirm-plan" ?disabled=${this._busy} @click=${() => this.buyPlan(s, this._warning.plan)}>${t('sites.buyAnyway')}</button>
            <button class="secondary" @click=${() => { this._warning = null; }}>${t('sites.cancel')}</button></div>` : ''}
          ${s.plan !== 'BUSINESS' && this.mayBuyPlan(s) ? html`<div class="row">
            <button class="secondary buy" ?disabled=${this._busy} @click=${() => this.buyPlan(s, 'BUSINESS')}>${t('sites.buy')}</button>
          </div>` : ''}
          ${s.underAgency && this.isAgency(s) ? (this._transfers?.[s.id] ? html`
            <div class="pending">${t('sites.pending', this._transfers[s.id].recipientEmail, date(this._transfers[s.id].expiresAt))}
              <button class="secondary cancel-transfer" @click=${() => this.cancel(this._transfers[s.id])}>${t('sites.cancelTransfer')}</button></div>`
            : html`<form class="row" @submit=${e => this.transfer(e, s)} aria-label=${t('sites.transfer')}>
              <label>${t('sites.recipient')} *<input name="recipient" type="email" required></label>
              <label class="inline"><input name="stay" type="checkbox" checked>${t('inbox.stay')}</label>
              <button type="submit" class="start-transfer" ?disabled=${this._busy}>${t('sites.transfer')}</button></form>`) : ''}
        </div>`)}
      ${this._cursor ? html`<button id="more" @click=${() => this.load(true)}>${t('common.more')}</button>` : ''}`;
  }
}
customElements.define('ph-sites', PhSites);
