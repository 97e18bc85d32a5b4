// Dashboard charts (Chart.js, served by the app as a WebJar): questions per day, answered against
// escalated, feedback; the median staff reply time and the overdue tickets as text.
(function () {
  const charts = {};

  function draw(id, config) {
    if (charts[id]) { charts[id].destroy(); }
    charts[id] = new Chart(document.getElementById(id), config);
  }

  async function load() {
    const days = new FormData(document.getElementById('span')).get('days');
    let figures;
    try {
      figures = await Console.api('GET', '/api/editor/dashboard?days=' + days);
    } catch (error) {
      document.getElementById('summary').textContent = error.message;
      return;
    }
    const median = figures.medianReplyMinutes === null ? '暂无' : figures.medianReplyMinutes + ' 分钟';
    document.getElementById('summary').textContent = '机器人回答 ' + figures.answered + ' 次，转人工 ' + figures.escalated
      + ' 次（回答占比 ' + Math.round(figures.answeredShare * 100) + '%）；人工答复时长中位数 ' + median
      + '；当前超期工单 ' + figures.overdueTickets + ' 件。';
    const labels = figures.days.map(day => day.date.substring(5));
    draw('questions', {
      type: 'bar',
      data: { labels, datasets: [
        { label: '机器人回答', data: figures.days.map(day => day.answered), backgroundColor: '#2e7d32' },
        { label: '转人工', data: figures.days.map(day => day.escalated), backgroundColor: '#b3261e' },
        { label: '追问地区', data: figures.days.map(day => day.clarified), backgroundColor: '#1565c0' },
        { label: '寒暄', data: figures.days.map(day => day.smallTalk), backgroundColor: '#9e9e9e' }] },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
        plugins: { title: { display: true, text: '每日提问' } } }
    });
    draw('share', {
      type: 'doughnut',
      data: { labels: ['机器人回答', '转人工'], datasets: [{ data: [figures.answered, figures.escalated],
        backgroundColor: ['#2e7d32', '#b3261e'] }] },
      options: { plugins: { title: { display: true, text: '回答与转人工' } } }
    });
    draw('feedback', {
      type: 'doughnut',
      data: { labels: ['有帮助', '没帮助'], datasets: [{ data: [figures.helpful, figures.unhelpful],
        backgroundColor: ['#2e7d32', '#f9a825'] }] },
      options: { plugins: { title: { display: true, text: '市民反馈' } } }
    });
  }

  document.querySelector('#span select').addEventListener('change', load);
  load();
})();
