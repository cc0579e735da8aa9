-- wrk -s tools/benchmark/latency.lua: prints one line with the percentiles wrk keeps (in milliseconds)
done = function(summary, latency, requests)
    io.write(string.format("RESULT p50=%.1f p95=%.1f p99=%.1f max=%.1f requests=%d rps=%.1f non2xx=%d\n",
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, summary.requests, summary.requests / (summary.duration / 1000000),
        summary.errors.status))
end
