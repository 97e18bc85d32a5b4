// The supervisors' figures per department: 响应率, 解决率, 满意率, overdue tickets and working days to reply.
(function () {
  const { api, element } = Console;

  function percent(rate) {
    return rate === null || rate === undefined ? '—' : (rate * 100).toFixed(1) + '%';
  }

  function row(figures, overall) {
    const tr = element('tr', null, overall ? 'overall' : null);
    [figures.department, figures.tickets, percent(figures.responseRate), percent(figures.resolutionRate),
      figures.ratings, percent(figures.satisfactionRate), figures.overdue,
      figures.averageReplyWorkingDays === null ? '—' : figures.averageReplyWorkingDays.toFixed(1)]
      .forEach(value => tr.appendChild(element('td', String(value))));
    return tr;
  }

  async function load() {
    const days = document.querySelector('#period input[name=days]').value || '30';
    document.getElementById('csv').href = '/api/supervisor/figures.csv?days=' + encodeURIComponent(days);
    try {
      const figures = await api('GET', '/api/supervisor/figures?days=' + encodeURIComponent(days));
      document.getElementById('figures').replaceChildren(...figures.departments.map(item => row(item, false)),
        row(figures.overall, true));
    } catch (error) {
      const message = document.getElementById('message');
      message.textContent = error.message;
      message.hidden = false;
    }
  }

  document.getElementById('period').addEventListener('submit', event => { event.preventDefault(); load(); });
  Console.showUser();
  load();
})();
