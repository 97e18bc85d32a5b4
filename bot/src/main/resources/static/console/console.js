// The hotline console: the queue with filters, a ticket's details and the staff actions.
// Everything from tickets is shown with textContent, never as HTML.
(function () {
  const { api, time } = Console;
  let current = null;

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text ?? '';
    row.appendChild(td);
  }

  async function loadQueue() {
    const form = new FormData(document.getElementById('filters'));
    const params = new URLSearchParams();
    for (const [key, value] of form) { if (value && key !== 'overdue') { params.set(key, value); } }
    if (form.get('overdue')) { params.set('overdue', 'true'); }
    const tickets = await api('GET', '/api/tickets?' + params);
    const body = document.getElementById('tickets');
    body.replaceChildren();
    for (const ticket of tickets) {
      const row = document.createElement('tr');
      if (ticket.overdue) { row.className = 'overdue'; }
      cell(row, ticket.number);
      cell(row, ticket.question.length > 60 ? ticket.question.substring(0, 60) + '…' : ticket.question);
      cell(row, ticket.statusLabel + (ticket.priority === '紧急' ? ' · 紧急' : ''));
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
      '渠道：' + ticket.channel].filter(Boolean).join(' · ');
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

  async function act(action) {
    if (!current) { return; }
    const text = document.getElementById('d-text').value.trim();
    const url = '/api/tickets/' + encodeURIComponent(current) + '/' + action;
    try {
      if (action === 'reply' || action === 'notes') {
        await api('POST', url, { text });
        document.getElementById('d-text').value = '';
      } else if (action === 'transfer') {
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
    button.addEventListener('click', () => act(button.dataset.action)));
  Console.showUser();
  api('GET', '/api/me').then(me => {
    if (me.role === 'EDITOR') { location.href = '/console/editor.html'; }
  });
  loadQueue().catch(error => say(error.message));
})();
