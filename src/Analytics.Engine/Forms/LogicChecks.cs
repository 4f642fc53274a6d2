namespace Analytics.Engine.Forms;

/// <summary>
/// The show-if part of the pre-publish validator: references, operator/type fit, cycles, and items
/// that can never be shown (an impossible condition, or one that depends on a never-shown question).
/// </summary>
internal static class LogicChecks
{
    public static void Check(FormDefinition form, Action<string?, string?, string> error, Action<string?, string?, string> warn)
    {
        var items = form.AllItems().GroupBy(i => i.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var order = form.AllItems().Select((item, index) => (item.Code, index))
            .GroupBy(x => x.Code).ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var neverShown = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;

        foreach (var section in form.Sections)
        {
            var firstIndex = position;
            var sectionNever = section.ShowIf is not null
                && CheckGroup(section.ShowIf, section.Code, null, firstIndex, out var sectionImpossible)
                && sectionImpossible;
            if (sectionNever) error(section.Code, null, "раздел никогда не будет показан: его условие не может выполниться.");
            foreach (var item in section.Items)
            {
                var deps = edges.TryGetValue(item.Code, out var set) ? set : edges[item.Code] = [];
                foreach (var c in section.ShowIf?.AllConditions() ?? []) deps.Add(c.Question);
                var never = sectionNever;
                if (item.ShowIf is not null && CheckGroup(item.ShowIf, section.Code, item.Code, position, out var impossible) && impossible)
                {
                    never = true;
                    error(section.Code, item.Code, "вопрос никогда не будет показан: его условие не может выполниться.");
                }
                foreach (var c in item.ShowIf?.AllConditions() ?? []) deps.Add(c.Question);
                if (never) neverShown.Add(item.Code);
                position++;
            }
        }
        ReportCycles(form, edges, error);

        // Returns true when the group was checked; impossible = it can never be true.
        bool CheckGroup(LogicGroup group, string section, string? item, int ownIndex, out bool impossible)
        {
            var memberImpossible = new List<bool>();
            foreach (var c in group.Conditions) memberImpossible.Add(CheckCondition(c, section, item, ownIndex));
            foreach (var g in group.Groups.Where(g => !g.IsEmpty))
            {
                CheckGroup(g, section, item, ownIndex, out var sub);
                memberImpossible.Add(sub);
            }
            impossible = memberImpossible.Count > 0 && (group.Combinator == LogicCombinator.And
                ? memberImpossible.Any(x => x) : memberImpossible.All(x => x));
            return true;
        }

        // Reports problems with one condition; returns true when it can never hold.
        bool CheckCondition(Condition c, string section, string? item, int ownIndex)
        {
            if (!items.TryGetValue(c.Question, out var target))
            {
                error(section, item, $"условие ссылается на неизвестный вопрос «{c.Question}».");
                return true;
            }
            if (order[c.Question] >= ownIndex)
            {
                // Self or later references are reported as cycles when they close one; otherwise here.
                if (!ClosesCycle(c.Question, item ?? section))
                    error(section, item, $"условие ссылается на вопрос «{c.Question}», который идёт позже или в этом же разделе; логика может ссылаться только на предыдущие вопросы.");
                return true;
            }
            if (neverShown.Contains(c.Question) && c.Operator != LogicOperator.NotAnswered)
            {
                warn(section, item, $"условие зависит от вопроса «{c.Question}», который никогда не показывается.");
                return true;
            }
            if (!Condition.IsUnary(c.Operator) && string.IsNullOrWhiteSpace(c.Value))
            {
                error(section, item, $"в условии на «{c.Question}» не указано значение.");
                return true;
            }
            return ValueChecks.Impossible(form.Kind, target, c, m => error(section, item, m));
        }

        bool ClosesCycle(string from, string to) => Reaches(edges, from, to, []);
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> edges, string from, string to, HashSet<string> seen)
    {
        if (from == to) return true;
        if (!seen.Add(from) || !edges.TryGetValue(from, out var next)) return false;
        return next.Any(n => Reaches(edges, n, to, seen));
    }

    private static void ReportCycles(FormDefinition form, Dictionary<string, HashSet<string>> edges, Action<string?, string?, string> error)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on stack, 2 = done
        var stack = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in edges.Keys) Visit(start);

        void Visit(string node)
        {
            if (state.TryGetValue(node, out var s))
            {
                if (s == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(node)).Append(node).ToList();
                    if (reported.Add(string.Join(",", cycle.Order())))
                        error(FormValidator.SectionOf(form, node), node, $"циклическая логика: {string.Join(" → ", cycle)}.");
                }
                return;
            }
            state[node] = 1;
            stack.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? []) Visit(next);
            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
        }
    }
}
