namespace Azora.Web.Api;

/// <summary>payment-service's error codes (Stripe's) as sentences for the person paying.</summary>
public static class PaymentErrors
{
    public static string Sentence(string code) => code switch
    {
        "card_declined" => "Your card was declined. Try another card.",
        "insufficient_funds" => "The card does not have enough funds for this payment. Try another card.",
        "expired_card" => "The card has expired. Try another card.",
        "incorrect_number" or "invalid_number" => "That card number is not valid. Check it and try again.",
        "authentication_required" => "Your bank needs you to confirm this payment.",
        _ => "The payment did not go through. Try another card.",
    };
}
