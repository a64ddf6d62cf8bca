import { html } from 'lit';
import { PhElement } from './base.js';
import { t, money, date } from './i18n.js';

/** The agency's contacts: its customers with their orders, what was billed, the last order and the way to talk. */
export class PhContacts extends PhElement {
  static properties = { _agencyId: { state: true }, _items: { state: true }, _next: { state: true }, _q: { state: true },
    _sort: { state: true }, _dir: { state: true } };

  constructor() {
    super();
    this._q = '';
    this._sort = 'LAST_ORDER';
    this._dir = 'desc';
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

  async load(cursor) {
    const params = new URLSearchParams({ sort: this._sort, dir: this._dir, limit: '25' });
    if (this._q) params.set('q', this._q);
    if (cursor) params.set('cursor', cursor);
    const page = await this.run(() => this.api.get(`/api/v1/agencies/${this._agencyId}/contacts?${params}`));
    if (page) {
      this._items = cursor ? [...this._items, ...page.items] : page.items;
      this._next = page.nextCursor;
    }
  }

  sortBy(column) {
    this._dir = this._sort === column && this._dir === 'asc' ? 'desc' : 'asc';
    this._sort = column;
    this.load();
  }

  header(column, label) {
    const active = this._sort === column;
    return html`<th scope="col" aria-sort=${active ? (this._dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button class="secondary" data-sort=${column} @click=${() => this.sortBy(column)}>${label}${active ? (this._dir === 'asc' ? ' ▲' : ' ▼') : ''}</button></th>`;
  }

  open(orderId) {
    this.dispatchEvent(new CustomEvent('ph-open-order', { detail: orderId, bubbles: true, composed: true }));
  }

  render() {
    if (this.me && !(this.me.agencies || []).length) return html`<h2>${t('contacts.title')}</h2><p class="muted">${t('contacts.agencyOnly')}</p>`;
    return html`<h2>${t('contacts.title')}</h2>
      ${this.renderState()}
      <form class="row" role="search" @submit=${e => { e.preventDefault(); this._q = e.target.elements.q.value.trim(); this.load(); }}>
        <label>${t('contacts.search')}<input name="q" id="contacts-q" type="search" maxlength="100" .value=${this._q}></label>
        <button type="submit" class="secondary" id="contacts-search">${t('contacts.find')}</button></form>
      ${this._items && !this._items.length ? html`<p class="muted" id="contacts-empty">${t(this._q ? 'contacts.noMatch' : 'contacts.empty')}</p>` : ''}
      ${this._items?.length ? html`<table id="contacts"><thead><tr>
          ${this.header('NAME', t('contacts.customer'))}${this.header('ORDERS', t('contacts.orders'))}
          ${this.header('COMPLETED', t('contacts.completed'))}${this.header('BILLED', t('contacts.billed'))}
          ${this.header('LAST_ORDER', t('contacts.lastOrder'))}<th scope="col"><span class="visually-hidden">${t('table.actions')}</span></th></tr></thead>
        <tbody>${this._items.map(c => html`<tr data-account=${c.accountId}>
          <td>${c.accountName}</td><td>${c.orders}</td><td>${c.completedOrders}</td><td>${money(c.billedMinor, c.currency)}</td>
          <td>${date(c.lastOrderAt)}</td>
          <td><button class="secondary" @click=${() => this.open(c.lastOrderId)}>${t('contacts.conversation')}</button></td></tr>`)}</tbody></table>` : ''}
      ${this._next ? html`<p><button class="secondary" id="contacts-more" @click=${() => this.load(this._next)}>${t('common.more')}</button></p>` : ''}`;
  }
}
customElements.define('ph-contacts', PhContacts);
