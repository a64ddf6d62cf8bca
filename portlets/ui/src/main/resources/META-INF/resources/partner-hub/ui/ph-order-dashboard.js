import { html } from 'lit';
import { PhElement } from './base.js';
import { t, money, date } from './i18n.js';
import { nextStep } from './next-step.js';

/** The order list: the agency dashboard, a customer's orders, or everyone's for provider staff. */
export class PhOrderDashboard extends PhElement {
  static properties = { _rows: { state: true }, _cursor: { state: true }, _status: { state: true }, _overdue: { state: true },
    _customer: { state: true }, _customers: { state: true } };

  constructor() {
    super();
    this._rows = null;
    this._status = 'ACTIVE';
    this._overdue = false;
  }

  languageChanged() {
    if (this.me) this.load(false);
  }

  updated(changed) {
    if ((changed.has('api') || changed.has('me')) && this.api && this.me) {
      this.load(false);
      this.api.get('/api/v1/accounts').then(accounts => { this._customers = accounts; }).catch(() => { this._customers = []; });
    }
  }

  async load(more) {
    const query = new URLSearchParams({ limit: '20' });
    if (this._status) query.set('status', this._status);
    if (this._overdue) query.set('overdue', 'true');
    if (this._customer) query.set('customer', this._customer);
    if (more && this._cursor) query.set('cursor', this._cursor);
    // only the latest request fills the list; aria-busy tells assistive technology (and tests) it is loading
    const attempt = this._loads = (this._loads || 0) + 1;
    this.setAttribute('aria-busy', 'true');
    const page = await this.run(() => this.api.get(`/api/v1/orders?${query}`));
    if (attempt !== this._loads) return;
    this.setAttribute('aria-busy', 'false');
    if (page) {
      this._rows = more ? [...(this._rows || []), ...page.items] : page.items;
      this._cursor = page.nextCursor || null;
    }
  }

  open(order) {
    this.dispatchEvent(new CustomEvent('ph-open-order', { detail: order.id, bubbles: true, composed: true }));
  }

  /** Whose turn it is in a listed order, from the viewer's side of it. */
  next(o) {
    const agency = (this.me.agencies || []).some(a => a.id === o.agencyId);
    const staff = this.hasRole('PROVIDER_STAFF') || this.hasRole('ADMIN');
    const customer = !agency && !staff;
    const party = o.nextStep?.actingParty;
    return nextStep({ ...o, milestone: o.nextStep }, { customer,
      delivers: (party === 'AGENCY' && agency) || (party === 'PROVIDER' && this.hasRole('PROVIDER_STAFF')) || (party === 'CUSTOMER' && customer) });
  }

  /** No orders: with filters set, a way back to all of them; else what this person does to get the first one. */
  renderNoOrders() {
    if (this._customer || this._overdue || this._status !== 'ACTIVE') {
      return this.renderEmpty(t('orders.empty'), t('orders.showAll'), () => {
        this._customer = ''; this._overdue = false; this._status = '';
        this.renderRoot.querySelector('#customer').value = '';
        this.load(false);
      });
    }
    if (this.hasRole('AGENCY_MEMBER')) return this.renderEmpty(t('orders.emptyAgency'), t('orders.placeFirst'), '?view=new-order');
    if (this.hasRole('PROVIDER_STAFF') || this.hasRole('ADMIN')) return this.renderEmpty(t('orders.emptyProvider'));
    return this.renderEmpty(t('orders.emptyCustomer'), t('orders.inviteAgency'), '?view=accounts');
  }

  render() {
    return html`
      <h2>${t('orders.title')}</h2>
      <div class="row">
        <label>${t('orders.status')}
          <select id="status" @change=${e => { this._status = e.target.value; this.load(false); }}>
            <option value="ACTIVE" ?selected=${this._status === 'ACTIVE'}>${t('status.ACTIVE')}</option>
            <option value="COMPLETED" ?selected=${this._status === 'COMPLETED'}>${t('status.COMPLETED')}</option>
            <option value="" ?selected=${!this._status}>${t('orders.any')}</option>
          </select></label>
        <label>${t('orders.customer')}
          <select id="customer" @change=${e => { this._customer = e.target.value; this.load(false); }}>
            <option value="">${t('orders.any')}</option>
            ${(this._customers || []).map(a => html`<option value=${a.id} ?selected=${String(a.id) === this._customer}>${a.name}</option>`)}
          </select></label>
        <label class="inline"><input type="checkbox" id="overdue" .checked=${this._overdue}
          @change=${e => { this._overdue = e.target.checked; this.load(false); }}>${t('orders.overdueOnly')}</label>
      </div>
      ${this.renderState()}
      ${this._rows && this._rows.length === 0 ? this.renderNoOrders() : ''}
      ${this._rows && this._rows.length ? html`
        <table id="orders">
          <thead><tr><th scope="col">${t('orders.number')}</th><th scope="col">${t('orders.customer')}</th>
            <th scope="col">${t('orders.status')}</th><th scope="col">${t('orders.next')}</th><th scope="col">${t('orders.due')}</th>
            <th scope="col">${t('orders.delivery')}</th><th scope="col">${t('orders.flags')}</th></tr></thead>
          <tbody>${this._rows.map(o => html`
            <tr data-order=${o.id}>
              <td><button class="link open" @click=${() => this.open(o)}>${o.number}</button><div>${o.title}</div>
                <div class="muted">${money(o.priceMinor, o.currency)}</div></td>
              <td>${o.accountName || t('common.none')}</td>
              <td>${this.stateLabel('status.', o.status)}</td>
              <td class="next" data-mine=${!!this.next(o)?.mine}>${this.next(o) ? html`${this.next(o).mine ? html`<span class="badge ok">${t('next.who.you')}</span>` : ''}
                ${this.next(o).text}<div class="muted">${o.nextStep ? html`${o.nextStep.position}. ${t('ms.' + o.nextStep.status)}` : ''}</div>` : t('common.none')}</td>
              <td>${date(o.nextStep?.dueAt)}</td>
              <td>${date(o.expectedDeliveryAt)}</td>
              <td>${o.overdue ? html`<span class="badge warn">${t('orders.overdue')}</span>` : ''}
                  ${o.stale ? html`<span class="badge warn">${t('orders.stale')}</span>` : ''}</td>
            </tr>`)}</tbody>
        </table>
        ${this._cursor ? html`<p><button id="more" @click=${() => this.load(true)}>${t('common.more')}</button></p>` : ''}` : ''}`;
  }
}
customElements.define('ph-order-dashboard', PhOrderDashboard);
