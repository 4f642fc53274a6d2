using System.Globalization;
using System.Text;

namespace Analytics.Engine.Forms.SurveyJs;

/// <summary>
/// Translates show-if logic to and from SurveyJS <c>visibleIf</c> expressions of the simple forms both sides
/// share: <c>{q} = 'v'</c>, <c>&lt;&gt;</c>/<c>!=</c>, <c>&gt; &gt;= &lt; &lt;=</c>, <c>contains</c>, <c>empty</c>,
/// <c>notempty</c>, <c>anyof [...]</c>, joined by <c>and</c>/<c>or</c> with parentheses.
/// </summary>
public static class SurveyJsExpression
{
    /// <summary>Prints a group; <paramref name="problems"/> receives conditions SurveyJS cannot express.</summary>
    public static string Print(LogicGroup group, Func<string, FormItem?> lookup, List<string> problems)
    {
        var parts = group.Conditions.Select(c => Print(c, lookup(c.Question), problems))
            .Concat(group.Groups.Where(g => !g.IsEmpty).Select(g => "(" + Print(g, lookup, problems) + ")"))
            .Where(p => p.Length > 0).ToList();
        return string.Join(group.Combinator == LogicCombinator.And ? " and " : " or ", parts);
    }

    private static string Print(Condition c, FormItem? target, List<string> problems)
    {
        var q = "{" + c.Question + "}";
        var multiple = target?.Type == QuestionType.MultipleChoice;
        return c.Operator switch
        {
            LogicOperator.Equals => multiple ? $"{q} = [{Literal(c.Value)}]" : $"{q} = {Literal(c.Value)}",
            LogicOperator.NotEquals => multiple ? $"{q} <> [{Literal(c.Value)}]" : $"{q} <> {Literal(c.Value)}",
            LogicOperator.Greater => $"{q} > {Literal(c.Value)}",
            LogicOperator.GreaterOrEqual => $"{q} >= {Literal(c.Value)}",
            LogicOperator.Less => $"{q} < {Literal(c.Value)}",
            LogicOperator.LessOrEqual => $"{q} <= {Literal(c.Value)}",
            LogicOperator.Contains => $"{q} contains {Literal(c.Value)}",
            LogicOperator.Answered => $"{q} notempty",
            LogicOperator.NotAnswered => $"{q} empty",
            LogicOperator.IsNa when target?.Type == QuestionType.YesNoNa => $"{q} = 'na'",
            _ => Unsupported(),
        };

        string Unsupported()
        {
            problems.Add($"условие «{c.Question} неприменимо» не выражается в SurveyJS и опущено");
            return "";
        }
    }

    private static string Literal(string? value) =>
        value is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? value : "'" + (value ?? "").Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    /// <summary>Parses an expression; returns null with a reason when it uses anything outside the shared subset.</summary>
    public static LogicGroup? Parse(string expression, Func<string, FormItem?> lookup, out string? error)
    {
        try
        {
            var parser = new Parser(Tokenize(expression), lookup);
            var node = parser.Expression();
            parser.End();
            error = null;
            return node as LogicGroup ?? new LogicGroup { Conditions = [(Condition)node] };
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private static List<string> Tokenize(string s)
    {
        var tokens = new List<string>();
        for (var i = 0; i < s.Length;)
        {
            var ch = s[i];
            if (char.IsWhiteSpace(ch)) { i++; continue; }
            if (ch == '{')
            {
                var end = s.IndexOf('}', i);
                if (end < 0) throw new FormatException("нет закрывающей «}»");
                tokens.Add(s[i..(end + 1)]); i = end + 1; continue;
            }
            if (ch is '\'' or '"')
            {
                var sb = new StringBuilder("'");
                for (i++; i < s.Length && s[i] != ch; i++) sb.Append(s[i] == '\\' && i + 1 < s.Length ? s[++i] : s[i]);
                if (i >= s.Length) throw new FormatException("незакрытая строка");
                tokens.Add(sb.ToString()); i++; continue;
            }
            var two = i + 1 < s.Length ? s.Substring(i, 2) : "";
            if (two is ">=" or "<=" or "<>" or "!=" or "==") { tokens.Add(two); i += 2; continue; }
            if (ch is '=' or '>' or '<' or '(' or ')' or '[' or ']' or ',') { tokens.Add(ch.ToString()); i++; continue; }
            var start = i;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '.' or '-' or '_')) i++;
            if (i == start) throw new FormatException($"непонятный символ «{ch}»");
            tokens.Add(s[start..i]);
        }
        return tokens;
    }

    private sealed class Parser(List<string> tokens, Func<string, FormItem?> lookup)
    {
        private int _at;
        private string? Peek => _at < tokens.Count ? tokens[_at] : null;
        private string Next() => _at < tokens.Count ? tokens[_at++] : throw new FormatException("выражение оборвано");
        private bool Is(string word) => string.Equals(Peek, word, StringComparison.OrdinalIgnoreCase);

        public void End() { if (Peek is not null) throw new FormatException($"лишнее «{Peek}»"); }

        public object Expression() => Chain("or", LogicCombinator.Or, Term);
        private object Term() => Chain("and", LogicCombinator.And, Factor);

        private object Chain(string word, LogicCombinator combinator, Func<object> next)
        {
            var items = new List<object> { next() };
            while (Is(word)) { Next(); items.Add(next()); }
            if (items.Count == 1) return items[0];
            return new LogicGroup
            {
                Combinator = combinator,
                Conditions = [.. items.OfType<Condition>()],
                Groups = [.. items.OfType<LogicGroup>()],
            };
        }

        private object Factor()
        {
            if (Peek == "(")
            {
                Next();
                var inner = Expression();
                if (Next() != ")") throw new FormatException("нет закрывающей «)»");
                return inner;
            }
            var name = Next();
            if (!name.StartsWith('{')) throw new FormatException($"ожидался вопрос в фигурных скобках, а не «{name}»");
            var q = name[1..^1];
            var target = lookup(q);
            var op = Next().ToLowerInvariant();
            switch (op)
            {
                case "empty": return new Condition(q, LogicOperator.NotAnswered);
                case "notempty": return new Condition(q, LogicOperator.Answered);
                case "anyof":
                    var values = List();
                    var each = target?.Type == QuestionType.MultipleChoice ? LogicOperator.Contains : LogicOperator.Equals;
                    return values.Count == 1 ? new Condition(q, each, values[0])
                        : new LogicGroup { Combinator = LogicCombinator.Or, Conditions = [.. values.Select(v => new Condition(q, each, v))] };
                case "contains": return new Condition(q, LogicOperator.Contains, Value());
            }
            var comparison = op switch
            {
                "=" or "==" => LogicOperator.Equals,
                "<>" or "!=" => LogicOperator.NotEquals,
                ">" => LogicOperator.Greater,
                ">=" => LogicOperator.GreaterOrEqual,
                "<" => LogicOperator.Less,
                "<=" => LogicOperator.LessOrEqual,
                _ => throw new FormatException($"оператор «{op}» не поддерживается"),
            };
            string value;
            if (Peek == "[")
            {
                var list = List();
                if (list.Count != 1) throw new FormatException("сравнение со списком из нескольких значений не поддерживается");
                value = list[0];
            }
            else value = Value();
            if (comparison == LogicOperator.Equals && value == "na" && target?.Type == QuestionType.YesNoNa)
                return new Condition(q, LogicOperator.IsNa);
            if (target?.Type == QuestionType.YesNoNa && value is "true" or "false") value = value == "true" ? "yes" : "no";
            return new Condition(q, comparison, value);
        }

        private string Value()
        {
            var token = Next();
            if (token.StartsWith('\'')) return token[1..];
            if (token.StartsWith('{') || token is "(" or ")" or "[" or "]") throw new FormatException($"ожидалось значение, а не «{token}»");
            return token;
        }

        private List<string> List()
        {
            if (Next() != "[") throw new FormatException("ожидался список [ … ]");
            var values = new List<string>();
            while (Peek != "]")
            {
                values.Add(Value());
                if (Peek == ",") Next();
            }
            Next();
            return values;
        }
    }
}
