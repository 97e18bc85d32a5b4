// Puts the CSRF token from its cookie into the form and explains why the page was shown.
(function () {
  function cookie(name) {
    const match = document.cookie.split('; ').find(part => part.startsWith(name + '='));
    return match ? decodeURIComponent(match.substring(name.length + 1)) : '';
  }
  const form = document.getElementById('login');
  form.addEventListener('submit', () => { document.getElementById('csrf').value = cookie('XSRF-TOKEN'); });
  const params = new URLSearchParams(location.search);
  const message = document.getElementById('message');
  if (params.has('error')) { message.textContent = '用户名或密码不正确，或账号已停用。'; message.hidden = false; }
  if (params.has('logout')) { message.textContent = '您已退出登录。'; message.hidden = false; }
  if (!cookie('XSRF-TOKEN')) { fetch('/console/login.html', { credentials: 'same-origin' }); }
})();
