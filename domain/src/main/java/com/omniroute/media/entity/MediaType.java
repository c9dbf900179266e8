package com.omniroute.media.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A channel (VOICE, CHAT, EMAIL, SMS, WHATSAPP, MESSENGER, or one an administrator adds) with its
 * capacity policy: how much of an agent's capacity of 100 one interaction occupies ({@link
 * #getShare() share}), how much must be free to be offered one ({@link #getRequiredSpare() required
 * spare}), which type goes first when an agent could take several ({@link #getPrecedence()
 * precedence}, lowest first), and which types an interaction of this type may interrupt ({@link
 * #getOverrides() overrides}).
 */
@Entity
@Table(name = "media_type")
@NamedQuery(
    name = MediaType.FIND_ALL,
    query = "SELECT m FROM MediaType m ORDER BY m.precedence, m.code")
public class MediaType implements Serializable {

  private static final long serialVersionUID = 1L;

  /** All media types, by precedence. */
  public static final String FIND_ALL = "MediaType.findAll";

  public static final int CAPACITY = 100;

  /** The voice channel's code, one of the defaults the first migration stores. */
  public static final String VOICE = "VOICE";

  @Id
  @NotNull(message = "{omniroute.mediaType.code.required}")
  @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "{omniroute.mediaType.code.pattern}")
  @Column(length = 32)
  private String code;

  @Min(value = 1, message = "{omniroute.share.range}")
  @Max(value = CAPACITY, message = "{omniroute.share.range}")
  @Column(nullable = false)
  private int share;

  @Min(value = 0, message = "{omniroute.requiredSpare.range}")
  @Max(value = CAPACITY, message = "{omniroute.requiredSpare.range}")
  @Column(name = "required_spare", nullable = false)
  private int requiredSpare;

  @Min(value = 1, message = "{omniroute.precedence.range}")
  @Max(value = 1000, message = "{omniroute.precedence.range}")
  @Column(nullable = false)
  private int precedence;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "media_type_override", joinColumns = @JoinColumn(name = "media_type"))
  @Column(name = "overridden_type", length = 32, nullable = false)
  private Set<String> overrides = new TreeSet<>();

  @Version private int version;

  protected MediaType() {}

  public MediaType(
      String code, int share, int requiredSpare, int precedence, Set<String> overrides) {
    this.code = code;
    this.share = share;
    this.requiredSpare = requiredSpare;
    this.precedence = precedence;
    this.overrides = new TreeSet<>(overrides);
  }

  public String getCode() {
    return code;
  }

  public int getShare() {
    return share;
  }

  public void setShare(int share) {
    this.share = share;
  }

  public int getRequiredSpare() {
    return requiredSpare;
  }

  public void setRequiredSpare(int requiredSpare) {
    this.requiredSpare = requiredSpare;
  }

  public int getPrecedence() {
    return precedence;
  }

  public void setPrecedence(int precedence) {
    this.precedence = precedence;
  }

  /** Codes of the media types an interaction of this type may override. */
  public Set<String> getOverrides() {
    return overrides;
  }

  public int getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MediaType m && Objects.equals(code, m.code);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
