// Draws the dashboard's charts from the numbers each canvas carries (the same numbers as the table
// under it). Colours from the Okabe–Ito palette, which readers with colour blindness tell apart.
(() => {
  const palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
  const numbers = new Intl.NumberFormat(document.documentElement.lang === "en" ? "en" : "vi-VN", {
    maximumFractionDigits: 1,
  });

  function draw(canvas) {
    const data = JSON.parse(canvas.dataset.chart);
    const horizontal = canvas.dataset.type === "bar-horizontal";
    const type = canvas.dataset.type === "line" ? "line" : "bar";
    const oneSeries = canvas.dataset.oneSeries === "true";
    const share = data.series.length > 0 && data.series.every((series) => series.share);
    const format = (value) => numbers.format(value) + (share ? " %" : "");
    const shortLabel = (label) => (label.length > 30 ? label.slice(0, 29) + "…" : label);
    const chart = new Chart(canvas, {
      type,
      data: {
        labels: data.labels,
        datasets: data.series.map((series, i) => ({
          label: series.label,
          data: series.values,
          backgroundColor: palette[i % palette.length],
          borderColor: palette[i % palette.length],
          pointStyle: ["circle", "rect", "triangle", "rectRot", "star", "cross", "crossRot"][i % 7],
          pointRadius: 4,
          hidden: oneSeries && i > 0,
        })),
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        maintainAspectRatio: false,
        animation: false,
        scales: {
          [horizontal ? "x" : "y"]: {
            beginAtZero: true,
            ticks: { callback: format, precision: share ? 1 : 0 },
          },
          [horizontal ? "y" : "x"]: {
            ticks: {
              callback: function (value) {
                return shortLabel(String(this.getLabelForValue(value)));
              },
            },
          },
        },
        plugins: {
          legend: { display: !oneSeries, labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              title: (items) => items[0].label,
              label: (item) => {
                const own = data.series[item.datasetIndex].share ? " %" : "";
                return item.dataset.label + ": " + numbers.format(item.raw) + own;
              },
            },
          },
        },
      },
    });
    const choice = document.querySelector(`[data-chart-series="${canvas.id}"]`);
    if (choice) {
      choice.addEventListener("change", () => {
        chart.data.datasets.forEach((set, i) => (set.hidden = String(i) !== choice.value));
        chart.update();
      });
    }
  }

  document.querySelectorAll("canvas[data-chart]").forEach(draw);
})();
