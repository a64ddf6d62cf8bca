import { html } from 'lit';
import { Api } from './api.js';
import { PhElement } from './base.js';
import { setLanguage } from './i18n.js';
import './ph-order-dashboard.js';
import './ph-order-page.js';
import './ph-order-form.js';
import './ph-sites.js';
import './ph-accounts.js';
import './ph-packages.js';
import './ph-inbox.js';

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
    this.addEventListener('ph-open-order', e => { this._orderId = e.detail; this._page = 'order'; });
    this.addEventListener('ph-back', () => { this._page = null; });
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
      default: return html`<ph-order-dashboard .api=${this.api} .me=${this.me}></ph-order-dashboard>`;
    }
  }
}
customElements.define('ph-portlet', PhPortlet);
