// Each test class starts whole hosts on ports picked just before binding; running them one at a time keeps the
// gateway's own outgoing connections (probes, proxying) from grabbing a port another host is about to bind.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
