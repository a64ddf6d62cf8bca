import { html } from 'lit';
import { Api } from './api.js';
import { PhElement } from './base.js';
import { setLanguage } from './i18n.js';
import './ph-order-dashboard.js';
import './ph-order-page.js';
import './ph-order-form.js';
import './ph-sites.js';
import './ph-clients.js';
import './ph-accounts.js';
import './ph-packages.js';
import './ph-inbox.js';

// the views a portlet can show besides its own, when a link or a next step leads there
const PAGES = ['orders', 'new-order', 'sites', 'accounts', 'inbox', 'packages', 'clients'];

/**
 * What a Liferay portlet renders: one view of Partner Hub for the logged-in portal user. The portlet hands
 * over the service URL, the page language and a resource URL that returns a fresh short-lived token
 * ({token, expiresAt}); the token is fetched again shortly before it runs out.
 */
export class PhPortlet extends PhElement {
  static properties = { view: { type: String }, serviceUrl: { type: String, attribute: 'service-url' },
    tokenUrl: { type: String, attribute: 'token-url' }, language: { type: String }, _orderId: { state: true }, _page: { state: true } };

  constructor() {
    super();
    this._token = null;
    this.addEventListener('ph-open-order', e => this.show('order', e.detail));
    this.addEventListener('ph-back', () => this.show(null));
    this.addEventListener('ph-navigate', e => this.follow(e.detail));
    this._onPopState = () => this.restore();
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this._onPopState);
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this._onPopState);
    super.disconnectedCallback();
  }

  /**
   * The portal page's address keeps what this portlet shows in a parameter of its own ({@code ?ph-orders=order-7}),
   * beside the portal's: Reload and Back keep the place, a copied link opens it, other portlets are not touched.
   */
  get param() {
    return 'ph-' + (this.view || 'orders');
  }

  show(page, orderId, push = true) {
    this._page = page;
    this._orderId = orderId;
    if (!push) return;
    const url = new URL(location.href);
    if (page) url.searchParams.set(this.param, page === 'order' ? `order-${orderId}` : page);
    else url.searchParams.delete(this.param);
    if (url.href !== location.href) history.pushState(null, '', url);
  }

  /** Shows what the address says: this portlet's own parameter, else a Partner Hub link (?view=order&order=7). */
  restore() {
    const params = new URLSearchParams(location.search);
    const own = params.get(this.param) || '';
    const order = /^order-(\d{1,15})$/.exec(own);
    if (order) return this.show('order', Number(order[1]), false);
    if (PAGES.includes(own)) return this.show(own, null, false);
    if (!own && (this.view || 'orders') === 'orders' && params.get('view') === 'order' && /^\d{1,15}$/.test(params.get('order') || '')) {
      return this.show('order', Number(params.get('order')), false);
    }
    return this.show(null, null, false);
  }

  /** A link inside the portlet (a notification, an empty state's next step) opens here. */
  follow(link) {
    const params = new URLSearchParams((link || '').replace(/^[^?]*/, ''));
    const view = params.get('view');
    if (view === 'order' && Number(params.get('order')) > 0) this.show('order', Number(params.get('order')));
    else if (PAGES.includes(view)) this.show(view === this.view ? null : view);
  }

  async token() {
    const now = Date.now() / 1000;
    if (!this._token || this._token.expiresAt - 30 < now) {
      const response = await fetch(this.tokenUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`token ${response.status}`);
      this._token = await response.json();
    }
    return this._token.token;
  }

  async firstUpdated() {
    if (this.language) setLanguage(this.language.startsWith('de') ? 'de' : 'en');
    this.api = new Api(this.serviceUrl, () => this.token(), () => (this.language || 'en').slice(0, 2));
    this.restore();
    this.me = await this.run(() => this.api.get('/api/v1/me'));
  }

  render() {
    if (!this.me) return this.renderState();
    const view = this._page || this.view;
    switch (view) {
      case 'order': return html`<ph-order-page .api=${this.api} .me=${this.me} order-id=${this._orderId}></ph-order-page>`;
      case 'new-order': return html`<ph-order-form .api=${this.api} .me=${this.me}></ph-order-form>`;
      case 'sites': return html`<ph-sites .api=${this.api} .me=${this.me}></ph-sites>`;
      case 'accounts': return html`<ph-accounts .api=${this.api} .me=${this.me}></ph-accounts>`;
      case 'inbox': return html`<ph-inbox .api=${this.api} .me=${this.me}></ph-inbox>`;
      case 'packages': return html`<ph-packages .api=${this.api} .me=${this.me}></ph-packages>`;
      case 'clients': return html`<ph-clients .api=${this.api} .me=${this.me}></ph-clients>`;
      default: return html`<ph-order-dashboard .api=${this.api} .me=${this.me}></ph-order-dashboard>`;
    }
  }
}
customElements.define('ph-portlet', PhPortlet);
