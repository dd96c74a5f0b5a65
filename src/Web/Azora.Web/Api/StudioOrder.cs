namespace Azora.Web.Api;

/// <summary>A new order for modules or lessons: one of them moved a step up or down, the others kept as they were.</summary>
public static class StudioOrder
{
    public static IReadOnlyList<Guid> Moved(IReadOnlyList<Guid> order, Guid id, int step)
    {
        var list = order.ToList();
        var from = list.IndexOf(id);
        var to = from + step;
        if (from < 0 || to < 0 || to >= list.Count)
        {
            return list;
        }
        (list[from], list[to]) = (list[to], list[from]);
        return list;
    }
}
