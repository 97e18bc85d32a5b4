// The hotline console: the queue with filters, a ticket's details and the staff actions.
// Everything from tickets is shown with textContent, never as HTML.
(function () {
  const { api, time, element } = Console;
  let current = null;
  let supervisor = false;
  const LEVELS = { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' };

  function list(id, items, render, empty) {
    const target = document.getElementById(id);
    target.replaceChildren(...(items.length ? items.map(render) : [element('li', empty)]));
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text ?? '';
    row.appendChild(td);
  }

  async function loadQueue() {
    const form = new FormData(document.getElementById('filters'));
    const params = new URLSearchParams();
    for (const [key, value] of form) { if (value && key !== 'overdue' && key !== 'callbacks') { params.set(key, value); } }
    if (form.get('overdue')) { params.set('overdue', 'true'); }
    if (form.get('callbacks')) { params.set('callbacks', 'true'); }
    const tickets = await api('GET', '/api/tickets?' + params);
    const body = document.getElementById('tickets');
    body.replaceChildren();
    for (const ticket of tickets) {
      const row = document.createElement('tr');
      if (ticket.overdue) { row.className = 'overdue'; }
      cell(row, ticket.number);
      cell(row, ticket.question.length > 60 ? ticket.question.substring(0, 60) + '…' : ticket.question);
      cell(row, ticket.statusLabel + (ticket.priority === '紧急' ? ' · 紧急' : '')
        + (ticket.callbackDueAt ? ' · 待回访' : ''));
      cell(row, ticket.department);
      cell(row, (ticket.overdue ? '已超期 ' : '') + time(ticket.dueAt));
      row.addEventListener('click', () => show(ticket.number));
      body.appendChild(row);
    }
  }

  async function show(number) {
    const data = await api('GET', '/api/tickets/' + encodeURIComponent(number));
    const ticket = data.ticket;
    current = ticket.number;
    document.getElementById('detail').hidden = false;
    document.getElementById('d-number').textContent = ticket.number;
    document.getElementById('d-meta').textContent = [ticket.statusLabel, ticket.category, ticket.priority,
      '部门：' + (ticket.department || '未定'), '时限：' + time(ticket.dueAt) + (ticket.overdue ? '（已超期）' : ''),
      ticket.claimedBy ? '领取人：' + ticket.claimedBy : '', ticket.rating ? '市民评价：' + ticket.rating : '',
      ticket.mergedInto ? '已并入 ' + ticket.mergedInto : '',
      ticket.callbackDueAt ? '回访期限：' + time(ticket.callbackDueAt) : '',
      '渠道：' + ticket.channel].filter(Boolean).join(' · ');
    list('d-parts', data.parts, part => element('li', part.department + '：' + (part.missing
      ? '尚未提交，期限 ' + time(part.dueAt) + (part.overdue ? '（已超期）' : '')
      : part.text + '（' + part.addedBy + '，' + time(part.addedAt) + '）'), part.overdue ? 'overdue' : null), '（无）');
    list('d-followers', data.followers, number => {
      const item = element('li', number + ' ');
      const undo = element('button', '取消并单', 'supervisor-only');
      undo.type = 'button';
      undo.hidden = !supervisor;
      undo.addEventListener('click', () => run('unmerge', { number }));
      item.appendChild(undo);
      return item;
    }, '（无）');
    list('d-ratings', data.ratings, rating => element('li', time(rating.ratedAt) + ' ' + LEVELS[rating.level]
      + (rating.source === 'CALLBACK' ? '（回访）' : '') + (rating.appeal ? ' · 申诉：' + rating.appeal.reason + ' · '
      + { PENDING: '待审核', UPHELD: '申诉成立，不计入满意率', REJECTED: '申诉不成立' }[rating.appeal.status]
      + (rating.appeal.note ? '（' + rating.appeal.note + '）' : '') : '')), '（暂无评价）');
    document.getElementById('d-similar').replaceChildren();
    document.getElementById('d-question').textContent = ticket.question;
    document.getElementById('d-transcript').textContent = ticket.transcript || '（无）';
    document.getElementById('d-reply').textContent = ticket.reply || '（尚未答复）';
    const candidates = document.getElementById('d-candidates');
    candidates.replaceChildren();
    for (const clause of ticket.candidates) {
      const item = document.createElement('li');
      item.textContent = '《' + clause.title + '》' + clause.section + '：' + clause.excerpt
        + (clause.responsible ? '（' + clause.responsible + '）' : '');
      candidates.appendChild(item);
    }
    const history = document.getElementById('d-history');
    history.replaceChildren();
    for (const event of data.history) {
      const item = document.createElement('li');
      item.textContent = time(event.at) + ' ' + event.actor + ' ' + event.action + (event.detail ? '：' + event.detail : '');
      history.appendChild(item);
    }
  }

  function say(text) {
    const message = document.getElementById('d-message');
    message.textContent = text;
    message.hidden = !text;
  }

  // The body each action sends, from the detail form.
  function body(action, button) {
    const text = document.getElementById('d-text').value.trim();
    const department = document.getElementById('d-department').value.trim();
    switch (action) {
      case 'reply': return { text, includeParts: document.getElementById('d-include-parts').checked };
      case 'notes': case 'parts': return { text };
      case 'return': case 'appeal': return { reason: text };
      case 'return/rejection': return { note: text };
      case 'appeal/decision': return { upheld: button.dataset.upheld === 'true', note: text || null };
      case 'dispatch': return { department };
      case 'assist': return { departments: document.getElementById('d-assist').value.split(/[、,，\s]+/).filter(Boolean) };
      case 'callbacks': {
        const level = document.getElementById('d-callback-level').value;
        return { channel: document.getElementById('d-callback-channel').value,
          reached: document.getElementById('d-callback-reached').checked, note: text || null,
          level: level ? Number(level) : null };
      }
      case 'merge': return { numbers: [...document.querySelectorAll('#d-similar input:checked')].map(box => box.value) };
      default: return undefined;
    }
  }

  async function run(action, payload) {
    try {
      await api('POST', '/api/tickets/' + encodeURIComponent(current) + '/' + action, payload);
      document.getElementById('d-text').value = '';
      say('');
      await show(current);
      await loadQueue();
    } catch (error) {
      say(error.message);
    }
  }

  async function findSimilar() {
    const similar = await api('GET', '/api/tickets/' + encodeURIComponent(current) + '/similar');
    list('d-similar', similar, ticket => {
      const item = element('li');
      const label = element('label');
      const box = element('input');
      box.type = 'checkbox';
      box.value = ticket.number;
      label.append(box, ' ' + ticket.number + ' ' + ticket.question + '（相似度 ' + Math.round(ticket.score * 100) + '%）');
      item.appendChild(label);
      return item;
    }, '近30天没有相似的待办工单');
  }

  async function act(action, button) {
    if (!current) { return; }
    const payload = body(action, button);
    if (payload !== undefined && action !== 'transfer' && action !== 'priority') {
      await run(action, payload);
      return;
    }
    const text = document.getElementById('d-text').value.trim();
    const url = '/api/tickets/' + encodeURIComponent(current) + '/' + action;
    try {
      if (action === 'transfer') {
        await api('POST', url, { department: document.getElementById('d-department').value.trim(), reason: text || null });
      } else if (action === 'priority') {
        await api('POST', url, { priority: document.getElementById('d-priority').value });
      } else {
        const result = await api('POST', url);
        if (action === 'faq-draft') { say('已存为常见问题草稿（编号 ' + result.faqId + '），等待编辑审核。'); }
        if (action === 'publish') { say('已公开，个人信息已隐去。'); }
      }
      if (action !== 'faq-draft' && action !== 'publish') { say(''); }
      await show(current);
      await loadQueue();
    } catch (error) {
      say(error.message);
    }
  }

  document.getElementById('filters').addEventListener('submit', event => { event.preventDefault(); loadQueue(); });
  document.querySelectorAll('button[data-action]').forEach(button =>
    button.addEventListener('click', () => act(button.dataset.action, button)));
  document.getElementById('d-find-similar').addEventListener('click', () => findSimilar().catch(error => say(error.message)));
  Console.showUser();
  api('GET', '/api/me').then(me => {
    if (me.role === 'EDITOR') { location.href = '/console/editor.html'; }
    supervisor = me.role === 'SUPERVISOR' || me.role === 'ADMIN';
    document.querySelectorAll('.supervisor-only').forEach(node => { node.hidden = !supervisor; });
    document.querySelectorAll('.admin-only').forEach(node => { node.hidden = me.role !== 'ADMIN'; });
  });
  loadQueue().catch(error => say(error.message));
})();
