namespace Azora.Content.Domain;

/// <summary>A lesson is what learners read; a component is a reusable library item that lessons include by reference.</summary>
internal enum ContentKind
{
    Lesson,
    Component,
}
