package org.recordswatch.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** The records custodian of an agency: the person public-records requests are addressed to. */
@Embeddable
public class Custodian implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "custodian_name")
    private String name;

    @Column(name = "custodian_title")
    private String title;

    @Column(name = "custodian_email")
    private String email;

    @Column(name = "custodian_phone", length = 64)
    private String phone;

    @Column(name = "postal_address", length = 1000)
    private String postalAddress;

    public Custodian() {
        // empty custodian
    }

    public Custodian(String name, String title, String email, String phone, String postalAddress) {
        this.name = clean(name);
        this.title = clean(title);
        this.email = clean(email);
        this.phone = clean(phone);
        this.postalAddress = clean(postalAddress);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }
}
