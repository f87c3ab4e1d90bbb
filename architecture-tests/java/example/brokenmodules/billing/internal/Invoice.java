package example.brokenmodules.billing.internal;

public class Invoice {

}
