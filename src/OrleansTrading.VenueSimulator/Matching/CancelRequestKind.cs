namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>Which request a cancel reject answers. Values are FIX CxlRejResponseTo (434) codes.</summary>
public enum CancelRequestKind
{
    Cancel = 1,
    Replace = 2,
}
