// Helpers shared by the console pages: the CSRF cookie, JSON calls with Chinese errors, dates.
window.Console = (function () {
  function cookie(name) {
    const match = document.cookie.split('; ').find(part => part.startsWith(name + '='));
    return match ? decodeURIComponent(match.substring(name.length + 1)) : '';
  }

  async function reply(response) {
    if (response.status === 401) { location.href = '/console/login.html'; throw new Error('未登录'); }
    const data = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
    // An upload none of whose files could be imported: its per-file report is shown like any other.
    if (response.status === 422 && data && Array.isArray(data.results)) { return data; }
    if (!response.ok) {
      if (response.status === 403) { throw new Error('没有权限执行此操作'); }
      throw new Error((data && (data.detail || data.title)) || ('请求失败（' + response.status + '）'));
    }
    return data;
  }

  async function api(method, url, body) {
    const headers = { 'Accept': 'application/json' };
    if (method !== 'GET') { headers['X-XSRF-TOKEN'] = cookie('XSRF-TOKEN'); }
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return reply(await fetch(url, { method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) }));
  }

  // Uploads a file as multipart form data, reporting the share sent so far (0..1).
  function upload(url, file, onProgress) {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      const form = new FormData();
      form.append('file', file);
      request.open('POST', url);
      request.setRequestHeader('X-XSRF-TOKEN', cookie('XSRF-TOKEN'));
      request.setRequestHeader('Accept', 'application/json');
      request.upload.addEventListener('progress', event => {
        if (event.lengthComputable) { onProgress(event.loaded / event.total); }
      });
      request.addEventListener('load', () => {
        const headers = new Headers({ 'Content-Type': request.getResponseHeader('Content-Type') || '' });
        reply(new Response(request.responseText || null, { status: request.status, headers })).then(resolve, reject);
      });
      request.addEventListener('error', () => reject(new Error('网络错误，上传未完成')));
      request.send(form);
    });
  }

  function time(value) {
    return value ? new Date(value).toLocaleString('zh-CN', { hour12: false }) : '';
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function showUser() {
    api('GET', '/api/me').then(me => {
      document.getElementById('me').textContent = me.displayName + '（' + me.roleLabel + '）';
    }).catch(() => {});
    const logout = document.getElementById('logout');
    if (logout) {
      logout.addEventListener('submit', event => {
        event.target.querySelector('input[name=_csrf]').value = cookie('XSRF-TOKEN');
      });
    }
  }

  return { cookie, api, upload, time, element, showUser };
})();
