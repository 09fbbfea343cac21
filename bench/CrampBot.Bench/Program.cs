using CrampBot.Bench;

// Load generator for bench/run.sh. It speaks only the wire protocol, so the same run measures CrampBot, the
// botbuilder-js peer and the Kestrel floor. Modes:
//   flow     closed loop: N conversations in parallel, each running the turns of --turns (a peers' turns.json) with
//            deliveryMode expectReplies, a new conversation after the last turn; warm-up, then a measured window.
//   webchat  N Direct Line sessions at once (WebSocket each), M messages each; reply latency from post to the
//            bot's reply on the socket; server RSS before, at peak, and after the sockets close.
// With --pid, the server's CPU time (utime+stime from /proc) over the measured window is divided by the turns.
// The last line is "RESULT key=value ..." for run.sh's table.
var options = BenchOptions.Parse(args);
return options.Mode switch
{
    "flow" => await FlowLoad.RunAsync(options),
    "webchat" => await WebChatLoad.RunAsync(options),
    _ => throw new ArgumentException($"Unknown mode {options.Mode}"),
};
