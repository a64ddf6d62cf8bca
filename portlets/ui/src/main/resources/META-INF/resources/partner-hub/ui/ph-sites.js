import { html } from 'lit';
import { PhElement } from './base.js';
import { t, date, money } from './i18n.js';

/** Sites with their owner and who is billed; the agency creates them, offers them to the customer, buys plans. */
export class PhSites extends PhElement {
  static properties = { _sites: { state: true }, _cursor: { state: true }, _transfers: { state: true }, _warning: { state: true },
    _accounts: { state: true } };

  updated(changed) {
    if ((changed.has('api') || changed.has('me')) && this.api && this.me) this.load(false);
  }

  async load(more) {
    const page = await this.run(() => this.api.get(`/api/v1/sites?limit=20${more && this._cursor ? '&cursor=' + this._cursor : ''}`));
    if (page) {
      if (!more) this._accounts = await this.api.get('/api/v1/accounts').catch(() => []);
      this._sites = more ? [...(this._sites || []), ...page.items] : page.items;
      this._cursor = page.nextCursor || null;
      this._transfers = {};
      for (const s of this._sites.filter(x => x.underAgency && this.isAgency(x))) {
        const list = await this.api.get(`/api/v1/sites/${s.id}/transfers`).catch(() => []);
        this._transfers = { ...this._transfers, [s.id]: list.find(tr => tr.status === 'PENDING') };
      }
    }
  }

  isAgency(site) {
    return (this.me.agencies || []).some(a => a.id === site.agencyId);
  }

  /** As the service decides: the agency while it owns the site, then the account's members with ORDER_PRODUCTS. */
  mayBuyPlan(site) {
    return site.underAgency ? this.isAgency(site)
      : (this._accounts || []).some(a => a.id === site.ownerAccountId && a.myPermissions.includes('ORDER_PRODUCTS'));
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
