// Administration: staff accounts, the working-day calendar and the dispatch catalogue.
// Everything stored is shown with textContent, never as HTML.
(function () {
  const { api, element } = Console;
  const ROLES = { AGENT: '热线坐席', SUPERVISOR: '值班长', EDITOR: '知识编辑', METRICS: '监控（只读指标）', ADMIN: '管理员' };

  function say(text) {
    const message = document.getElementById('message');
    message.textContent = text;
    message.hidden = !text;
  }

  async function attempt(action, success) {
    try {
      await action();
      say(success || '');
      await load();
      return true;
    } catch (error) {
      say(error.message);
      return false;
    }
  }

  function button(text, onClick) {
    const node = element('button', text);
    node.type = 'button';
    node.addEventListener('click', onClick);
    return node;
  }

  function roleSelect(value) {
    const select = element('select');
    for (const [role, label] of Object.entries(ROLES)) {
      const option = element('option', label);
      option.value = role;
      option.selected = role === value;
      select.appendChild(option);
    }
    return select;
  }

  function cells(row, ...values) {
    values.forEach(value => {
      const td = element('td');
      if (value instanceof Node) { td.appendChild(value); } else { td.textContent = value ?? ''; }
      row.appendChild(td);
    });
  }

  function userRow(user) {
    const row = element('tr');
    const name = element('input');
    name.value = user.displayName;
    const role = roleSelect(user.role);
    const department = element('input');
    department.value = user.department || '';
    const actions = element('span', null, 'actions');
    actions.append(
      button('保存', () => attempt(() => api('PUT', '/api/admin/users/' + encodeURIComponent(user.username),
        { displayName: name.value.trim(), role: role.value, department: department.value.trim() || null }), '已保存')),
      button(user.enabled ? '停用' : '启用', () => attempt(() => api('POST',
        '/api/admin/users/' + encodeURIComponent(user.username) + '/enabled', { enabled: !user.enabled }))),
      button('重置密码', () => {
        const password = prompt('新密码（10位以上，含字母和数字，不含用户名）');
        if (password) {
          attempt(() => api('POST', '/api/admin/users/' + encodeURIComponent(user.username) + '/password',
            { password }), '密码已重置');
        }
      }));
    cells(row, user.username, name, role, department, user.enabled ? '启用' : '已停用', actions);
    return row;
  }

  async function load() {
    const [users, days, rules] = await Promise.all([api('GET', '/api/admin/users'), api('GET', '/api/admin/calendar'),
      api('GET', '/api/admin/dispatch-catalogue')]);
    document.getElementById('users').replaceChildren(...users.map(userRow));
    document.getElementById('days').replaceChildren(...days.map(day => {
      const row = element('tr');
      cells(row, day.day, day.kind === 'HOLIDAY' ? '放假' : '调休上班', day.name,
        button('删除', () => attempt(() => api('DELETE', '/api/admin/calendar/' + day.day))));
      return row;
    }));
    document.getElementById('rules').replaceChildren(...rules.map(ruleRow));
  }

  // The body of a dispatch-catalogue row, from what the administrator typed.
  function ruleBody(keywords, place, department) {
    return { keywords: keywords.split(/[、,，\s]+/).filter(Boolean), place: place || null, department };
  }

  function ruleRow(rule) {
    const row = element('tr');
    const actions = element('span', null, 'actions');
    actions.append(
      button('修改', () => {
        const editor = ruleEditor(rule);
        row.replaceWith(editor);
        editor.querySelector('input').focus();
      }),
      button('删除', () => attempt(() => api('DELETE', '/api/admin/dispatch-catalogue/' + rule.id))));
    cells(row, rule.keywords.join('、'), rule.place || '不限', rule.department, actions);
    return row;
  }

  function labelledInput(value, label, maxLength) {
    const input = element('input');
    input.value = value || '';
    input.placeholder = label;
    input.setAttribute('aria-label', label);
    input.maxLength = maxLength;
    return input;
  }

  // A row being edited; the API's messages (请填写承办部门 …) are shown as for every change.
  function ruleEditor(rule) {
    const row = element('tr');
    const keywords = labelledInput(rule.keywords.join('、'), '关键词，用顿号或逗号分隔', 500);
    const place = labelledInput(rule.place, '地点（可不填）', 100);
    const department = labelledInput(rule.department, '承办部门', 200);
    const actions = element('span', null, 'actions');
    actions.append(
      button('保存', () => attempt(() => api('PUT', '/api/admin/dispatch-catalogue/' + rule.id,
        ruleBody(keywords.value, place.value, department.value)), '已保存')),
      button('取消', () => {
        const shown = ruleRow(rule);
        row.replaceWith(shown);
        shown.querySelector('button').focus();
      }));
    cells(row, keywords, place, department, actions);
    return row;
  }

  function form(id, submit) {
    document.getElementById(id).addEventListener('submit', event => {
      event.preventDefault();
      const data = Object.fromEntries(new FormData(event.target));
      attempt(() => submit(data), '已保存').then(saved => { if (saved) { event.target.reset(); } });
    });
  }

  document.querySelector('select.roles').replaceWith(Object.assign(roleSelect('AGENT'), { name: 'role' }));
  form('new-user', data => api('POST', '/api/admin/users', { ...data, department: data.department || null }));
  form('new-day', data => api('PUT', '/api/admin/calendar/' + data.day, { kind: data.kind, name: data.name }));
  form('new-rule', data => api('POST', '/api/admin/dispatch-catalogue',
    ruleBody(data.keywords, data.place, data.department)));
  Console.showUser();
  load().catch(error => say(error.message));
})();
