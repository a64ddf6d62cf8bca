// The service's REST API as the custom elements use it: a bearer token from the host page (the portlet's
// resource URL in Liferay, the demo issuer in the embedded default), the page language, and problem
// documents turned into errors that carry the service's localized message and field errors.

export class ProblemError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.problem = problem;
    this.status = status;
    this.code = problem.code;
    this.fieldErrors = problem.errors || [];
  }
}

export class Api {
  /** @param {string} baseUrl the service's base URL; @param {() => Promise<string>} token; @param {() => string} language */
  constructor(baseUrl, token, language) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.token = token;
    this.language = language;
  }

  async request(method, path, body) {
    const headers = { 'Accept': 'application/json', 'Accept-Language': this.language() };
    const token = await this.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(this.baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw new ProblemError({ code: 'NETWORK', title: 'Network', detail: e.message }, 0);
    }
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) throw new ProblemError(data || {}, response.status);
    return data;
  }

  get(path) { return this.request('GET', path); }
  post(path, body = {}) { return this.request('POST', path, body); }
  put(path, body) { return this.request('PUT', path, body); }
  delete(path) { return this.request('DELETE', path); }

  /**
   * Uploads a file as the request body (streamed by the service), reporting progress (0-1) as it goes; resolves to
   * the service's answer. XMLHttpRequest, because fetch cannot tell upload progress.
   */
  async upload(path, file, onProgress) {
    const token = await this.token();
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', this.baseUrl + path);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader('Accept-Language', this.language());
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
      xhr.upload.onprogress = e => { if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total); };
      xhr.onload = () => {
        const data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
        if (xhr.status >= 200 && xhr.status < 300) resolve(data); else reject(new ProblemError(data || {}, xhr.status));
      };
      xhr.onerror = () => reject(new ProblemError({ code: 'NETWORK', title: 'Network', detail: 'upload failed' }, 0));
      xhr.send(file);
    });
  }

  /** Downloads a file the service keeps, carrying the token, under its own name. */
  async download(path, fileName) {
    const response = await fetch(this.baseUrl + path, {
      headers: { 'Authorization': `Bearer ${await this.token()}`, 'Accept-Language': this.language() } });
    if (!response.ok) throw new ProblemError(await response.json(), response.status);
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  /** Opens a PDF the service renders, carrying the token (a plain link could not). */
  async openPdf(path) {
    const response = await fetch(this.baseUrl + path, {
      headers: { 'Authorization': `Bearer ${await this.token()}`, 'Accept-Language': this.language() } });
    if (!response.ok) throw new ProblemError(await response.json(), response.status);
    const url = URL.createObjectURL(await response.blob());
    window.open(url, '_blank', 'noopener');
  }
}
