using System.Xml.Linq;

namespace Azora.Assessment.Qti;

/// <summary>The QTI 3.0 vocabulary this service reads and writes (1EdTech QTI 3.0 ASI, one item per document).</summary>
internal static class QtiNames
{
    public static readonly XNamespace Ns = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    public static readonly XName AssessmentItem = Ns + "qti-assessment-item";
    public static readonly XName ResponseDeclaration = Ns + "qti-response-declaration";
    public static readonly XName CorrectResponse = Ns + "qti-correct-response";
    public static readonly XName Value = Ns + "qti-value";
    public static readonly XName Mapping = Ns + "qti-mapping";
    public static readonly XName MapEntry = Ns + "qti-map-entry";
    public static readonly XName OutcomeDeclaration = Ns + "qti-outcome-declaration";
    public static readonly XName DefaultValue = Ns + "qti-default-value";
    public static readonly XName ItemBody = Ns + "qti-item-body";
    public static readonly XName Prompt = Ns + "qti-prompt";
    public static readonly XName ChoiceInteraction = Ns + "qti-choice-interaction";
    public static readonly XName SimpleChoice = Ns + "qti-simple-choice";
    public static readonly XName TextEntryInteraction = Ns + "qti-text-entry-interaction";
    public static readonly XName MatchInteraction = Ns + "qti-match-interaction";
    public static readonly XName SimpleMatchSet = Ns + "qti-simple-match-set";
    public static readonly XName SimpleAssociableChoice = Ns + "qti-simple-associable-choice";
    public static readonly XName OrderInteraction = Ns + "qti-order-interaction";
    public static readonly XName ModalFeedback = Ns + "qti-modal-feedback";
    public static readonly XName ResponseProcessing = Ns + "qti-response-processing";
    public static readonly XName Paragraph = Ns + "p";

    public const string Response = "RESPONSE";
    public const string FeedbackOutcome = "FEEDBACK";
    public const string GeneralFeedback = "GENERAL";
    public const string MatchCorrect = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml";
    public const string MapResponse = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml";
}
