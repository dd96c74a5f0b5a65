namespace Azora.Seeding;

/// <summary>
/// The demo catalog: programs of free and priced courses across subjects, each course with lessons and a quiz, and
/// the quizzes together using every question type. Titles are the natural keys that keep seeding idempotent.
/// </summary>
public static class DemoCatalog
{
    public const string CompletedCourse = "SQL Foundations";
    public const string InProgressCourse = "Personal Budgeting";

    public static readonly IReadOnlyList<DemoCourse> Courses =
    [
        new(CompletedCourse,
            "Query relational data with confidence: SELECT, filtering, joins and grouping, on a real sales database.",
            "Data", "beginner", "en", 0, ["SQL", "Relational databases", "Data querying"],
            [
                new("Reading data", [
                    new("Tables, rows and columns", """
                        # Tables, rows and columns

                        A relational database keeps data in **tables**. Each row is one thing (a customer, an order) and
                        each column is one fact about it. A *primary key* names each row uniquely.

                        - A table has a fixed set of columns, each with a type.
                        - Rows have no order until you ask for one with `ORDER BY`.
                        """, 3),
                    new("SELECT and WHERE", """
                        # SELECT and WHERE

                        `SELECT name, city FROM customers WHERE city = 'Durban';` returns the name and city of every
                        customer in Durban. `WHERE` keeps the rows for which its condition is true.

                        1. Name the columns you need rather than `*`.
                        2. Combine conditions with `AND` and `OR`, and group them with parentheses.
                        """, 5),
                ]),
                new("Combining data", [
                    new("Joins", """
                        # Joins

                        An **inner join** pairs rows of two tables whose keys match:
                        `SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id;`
                        A **left join** keeps every row of the left table, with empty values where nothing matches.
                        """, 8),
                    new("GROUP BY and aggregates", """
                        # GROUP BY and aggregates

                        `COUNT`, `SUM`, `AVG`, `MIN` and `MAX` summarise many rows into one. `GROUP BY city` gives one
                        summary row per city; `HAVING` filters those groups after they are formed.
                        """, 10),
                ]),
            ],
            new("SQL Foundations quiz", 70, 20, DemoQuestions.Sql)),

        new("Statistics for Decision Making",
            "Averages, spread, sampling and confidence: the statistics that change business decisions.",
            "Data", "intermediate", "en", 49900, ["Statistics", "Sampling", "Data analysis"],
            [
                new("Describing data", [
                    new("Mean, median and mode", """
                        # Mean, median and mode

                        The **mean** is the sum divided by the count; the **median** is the middle value once sorted;
                        the **mode** is the most frequent value. Skewed data (incomes, house prices) pulls the mean away
                        from the median.
                        """, 4),
                    new("Variance and standard deviation", """
                        # Variance and standard deviation

                        The variance is the mean squared distance from the mean; its square root, the **standard
                        deviation**, is in the data's own units. About 68% of normally distributed values lie within
                        one standard deviation of the mean.
                        """, 7),
                ]),
            ],
            new("Statistics quiz", 60, 15, DemoQuestions.Statistics)),

        new("Data Visualisation with Python",
            "Charts that tell the truth: matplotlib and seaborn, choosing the right chart, and accessible colour.",
            "Data", "intermediate", "en", 0, ["Python", "Data visualisation", "matplotlib"],
            [
                new("Choosing a chart", [
                    new("Comparisons and trends", """
                        # Comparisons and trends

                        Use a **bar chart** to compare categories and a **line chart** to show change over time. Start
                        bar axes at zero; a truncated axis exaggerates differences.
                        """, 5),
                    new("Colour and accessibility", """
                        # Colour and accessibility

                        About one man in twelve has a colour-vision deficiency. Use palettes such as *viridis*, label
                        series directly, and never let colour be the only carrier of meaning.
                        """, 9),
                ]),
            ],
            new("Visualisation quiz", 60, 15, DemoQuestions.Visualisation)),

        new("HTML and Accessible Web Pages",
            "Semantic HTML, forms with labels, headings and landmarks: pages everyone can use.",
            "Technology", "beginner", "en", 0, ["HTML", "Web accessibility", "WCAG"],
            [
                new("Structure", [
                    new("Semantic elements", """
                        # Semantic elements

                        `header`, `nav`, `main`, `article` and `footer` tell browsers and screen readers what each part
                        of a page is. One `h1` per page, and headings in order, let people skim by structure.
                        """, 3),
                    new("Forms and labels", """
                        # Forms and labels

                        Every input needs a `<label for="...">`. Group related choices in a `fieldset` with a `legend`,
                        and put error messages next to the field they concern.
                        """, 6),
                ]),
            ],
            new("Accessible HTML quiz", 70, 15, DemoQuestions.Html)),

        new("JavaScript Essentials",
            "Values, functions, arrays and the DOM: the JavaScript every web developer uses daily.",
            "Technology", "beginner", "en", 39900, ["JavaScript", "DOM", "Web development"],
            [
                new("The language", [
                    new("Values and types", """
                        # Values and types

                        JavaScript has numbers, strings, booleans, `null`, `undefined`, objects and symbols. Use `===`
                        to compare without type conversion.
                        """, 4),
                    new("Functions and arrays", """
                        # Functions and arrays

                        `const total = prices.map(p => p * 1.15).reduce((a, b) => a + b, 0);` adds VAT to every price
                        and sums them. `map`, `filter` and `reduce` replace most loops.
                        """, 8),
                ]),
            ],
            new("JavaScript quiz", 70, 20, DemoQuestions.JavaScript)),

        new(InProgressCourse,
            "Build a budget that survives real life: income, fixed and variable costs, and an emergency fund.",
            "Finance", "beginner", "en", 0, ["Budgeting", "Personal finance"],
            [
                new("Your money in and out", [
                    new("Tracking income and spending", """
                        # Tracking income and spending

                        Write down every rand that comes in and goes out for one month. Sort spending into **fixed**
                        (rent, transport) and **variable** (food, data, entertainment) costs.
                        """, 3),
                    new("The 50/30/20 rule", """
                        # The 50/30/20 rule

                        A starting point: 50% of take-home pay for needs, 30% for wants and 20% for saving and paying
                        off debt. Adjust the split to your situation; the habit matters more than the exact numbers.
                        """, 6),
                    new("An emergency fund", """
                        # An emergency fund

                        Aim for three months of essential costs in an account you can reach quickly but do not touch
                        for everyday spending. Build it a little every month.
                        """, 10),
                ]),
            ],
            new("Budgeting quiz", 60, 10, DemoQuestions.Budgeting)),

        new("Saving and Investing Basics",
            "Interest, inflation, unit trusts and tax-free savings accounts, explained without jargon.",
            "Finance", "intermediate", "en", 0, ["Investing", "Compound interest", "Personal finance"],
            [
                new("Growing money", [
                    new("Compound interest", """
                        # Compound interest

                        Interest earned on interest: R1 000 at 10% a year becomes R1 100 after one year and R1 210 after
                        two. Time in the market matters more than timing the market.
                        """, 5),
                    new("Inflation", """
                        # Inflation

                        When prices rise 5% a year, money in a 3% savings account loses buying power. Compare returns
                        after inflation, not before.
                        """, 9),
                ]),
            ],
            new("Investing quiz", 60, 15, DemoQuestions.Investing)),
    ];

    public static readonly IReadOnlyList<DemoProgram> Programs =
    [
        new("Data Analyst Certificate",
            "From SQL to statistics to charts: the core skills of a junior data analyst, in three courses.",
            "certificate", [CompletedCourse, "Statistics for Decision Making", "Data Visualisation with Python"]),
        new("Front-End Web Developer Pathway",
            "Build accessible, interactive web pages with HTML and JavaScript.",
            "pathway", ["HTML and Accessible Web Pages", "JavaScript Essentials"]),
        new("Money Skills Certificate",
            "Budget, save and invest with confidence.",
            "certificate", [InProgressCourse, "Saving and Investing Basics"]),
    ];
}
