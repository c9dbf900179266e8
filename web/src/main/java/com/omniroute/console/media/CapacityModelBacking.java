package com.omniroute.console.media;

import com.omniroute.console.layout.Outcomes;
import com.omniroute.console.layout.Texts;
import com.omniroute.media.boundary.CapacityPolicyChange;
import com.omniroute.media.boundary.MediaTypeService;
import com.omniroute.media.control.CapacityPreview;
import com.omniroute.media.control.CapacityPreview.Hand;
import com.omniroute.media.control.CapacityPreview.Offer;
import com.omniroute.media.control.CapacityPreview.Shortfall;
import com.omniroute.media.control.CapacityPreview.Verdict;
import com.omniroute.media.entity.MediaType;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.boundary.Violation;
import com.omniroute.routing.control.MediaPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Backs {@code admin/capacity-model.xhtml}: the superadmin edits every media type's share, required
 * spare, precedence and overrides, and sees before saving what one agent could hold under the
 * values being typed. Saving writes every changed type in one transaction, or none (see {@code
 * docs/console.md}); a type someone else changed meanwhile is refused, never overwritten.
 */
@Named
@ViewScoped
public class CapacityModelBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's id; a field's component id is the service's field name. */
  static final String FORM = "capacityForm";

  /** The editor's table inside the form: row {@code i}'s fields are {@code policies:i:field}. */
  static final String TABLE = "policies";

  /** One line of "how many at once, alone". */
  public static final class Alone implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int count;

    Alone(String code, int count) {
      this.code = code;
      this.count = count;
    }

    public String getCode() {
      return code;
    }

    public int getCount() {
      return count;
    }
  }

  /** One example hand and what may still be offered to it, in the view's language. */
  public static final class HandLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String hand;
    private final String mayTake;
    private final String byOverride;
    private final String notOffered;

    HandLine(String hand, String mayTake, String byOverride, String notOffered) {
      this.hand = hand;
      this.mayTake = mayTake;
      this.byOverride = byOverride;
      this.notOffered = notOffered;
    }

    public String getHand() {
      return hand;
    }

    public String getMayTake() {
      return mayTake;
    }

    public String getByOverride() {
      return byOverride;
    }

    public String getNotOffered() {
      return notOffered;
    }
  }

  @Inject private MediaTypeService mediaTypes;

  @Inject private ValidatorFactory validation;

  @Inject private Texts texts;

  private List<EditedPolicy> policies;

  @PostConstruct
  void load() {
    List<MediaType> stored = mediaTypes.capacityModel();
    List<String> codes = stored.stream().map(MediaType::getCode).sorted().toList();
    policies = stored.stream().map(type -> new EditedPolicy(type, codes)).toList();
  }

  public List<EditedPolicy> getPolicies() {
    return policies;
  }

  /**
   * Saves every changed media type in one transaction and reloads the page with the stored values,
   * or shows each refusal next to its field and saves nothing.
   */
  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<CapacityPolicyChange> changes =
        policies.stream().filter(EditedPolicy::isChanged).map(EditedPolicy::change).toList();
    if (changes.isEmpty()) {
      faces.addMessage(null, texts.info("capacity.nothingChanged"));
      return null;
    }
    try {
      mediaTypes.updateAll(changes);
    } catch (ServiceException e) {
      refused(faces, e);
      return null;
    }
    getPrecedenceTies()
        .forEach(tie -> faces.addMessage(null, texts.warn("capacity.savedTie", tie)));
    return Outcomes.backTo(
        "/admin/capacity-model?faces-redirect=true",
        faces,
        texts.info(
            "capacity.saved",
            changes.size(),
            changes.stream().map(CapacityPolicyChange::code).collect(Collectors.joining(", "))));
  }

  private void refused(FacesContext faces, ServiceException e) {
    faces.validationFailed();
    if (e.code() == ErrorCode.CONFLICT) {
      List<String> stale = new ArrayList<>();
      for (Violation violation : e.violations()) {
        String code = violation.field().substring(0, violation.field().indexOf('.'));
        policies.stream()
            .filter(p -> p.getCode().equals(code))
            .forEach(EditedPolicy::markChangedElsewhere);
        stale.add(code);
      }
      faces.addMessage(null, texts.error("capacity.conflict", String.join(", ", stale)));
      return;
    }
    for (Violation violation : e.violations()) {
      faces.addMessage(
          componentOf(violation.field()),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.message(), null));
    }
    faces.addMessage(
        null,
        e.violations().isEmpty()
            ? new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.refusal(e), null)
            : texts.error("capacity.notSaved", e.violations().size()));
  }

  /** {@code CHAT.share} is the share field of CHAT's row; anything else is the page's. */
  private String componentOf(String field) {
    int dot = field.indexOf('.');
    if (dot < 0) {
      return null;
    }
    for (int row = 0; row < policies.size(); row++) {
      if (policies.get(row).getCode().equals(field.substring(0, dot))) {
        return FORM + ":" + TABLE + ":" + row + ":" + field.substring(dot + 1);
      }
    }
    return null;
  }

  /**
   * The converter of share, required spare and precedence: a whole number, or a refusal that also
   * leaves the field out of the preview (a value that does not convert never reaches the
   * validator).
   */
  public Converter<Integer> getWholeNumber() {
    return new Converter<>() {
      @Override
      public Integer getAsObject(FacesContext faces, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
          return null;
        }
        try {
          return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
          policyOf(component).refused(fieldOf(component), true);
          throw new ConverterException(
              new FacesMessage(FacesMessage.SEVERITY_ERROR, notANumber(fieldOf(component)), null));
        }
      }

      @Override
      public String getAsString(FacesContext faces, UIComponent component, Integer value) {
        return value == null ? "" : value.toString();
      }
    };
  }

  /** Names the field and its range, those of the entity's constraints. */
  private String notANumber(String field) {
    String label = texts.text("capacityModel." + field);
    return switch (field) {
      case "share" -> texts.between(label, 1, MediaType.CAPACITY);
      case "requiredSpare" -> texts.between(label, 0, MediaType.CAPACITY);
      default -> texts.between(label, 1, 1000);
    };
  }

  private static String fieldOf(UIComponent component) {
    return (String) component.getAttributes().get("field");
  }

  private static EditedPolicy policyOf(UIComponent component) {
    return (EditedPolicy) component.getAttributes().get("policy");
  }

  /**
   * The validator of share, required spare and precedence, also run as the user types: the entity's
   * own Bean Validation constraints and messages, in the view's language. The field's {@code field}
   * attribute names the property, its {@code policy} attribute the row.
   */
  public void validateValue(FacesContext faces, UIComponent component, Object value) {
    String field = fieldOf(component);
    EditedPolicy policy = policyOf(component);
    String refusal;
    if (value == null) {
      refusal = texts.text("capacity.required");
    } else {
      Set<ConstraintViolation<MediaType>> found =
          validation
              .usingContext()
              .messageInterpolator(inLanguage(faces.getViewRoot().getLocale()))
              .getValidator()
              .validateValue(MediaType.class, field, value);
      refusal = found.isEmpty() ? null : found.iterator().next().getMessage();
    }
    policy.refused(field, refusal != null);
    if (refusal != null) {
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal, null));
    }
  }

  private MessageInterpolator inLanguage(Locale locale) {
    MessageInterpolator interpolator = validation.getMessageInterpolator();
    return new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return interpolator.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return interpolator.interpolate(template, context, locale);
      }
    };
  }

  // ---------------------------------------------------------------- the preview

  private CapacityPreview preview() {
    return new CapacityPreview(policies.stream().map(EditedPolicy::asPolicy).toList());
  }

  /** The fields the preview leaves out because their typed value is refused ("CHAT share"). */
  public String getLeftOut() {
    List<String> leftOut = new ArrayList<>();
    for (EditedPolicy policy : policies) {
      for (String field : policy.getRefused()) {
        leftOut.add(texts.channel(policy.getCode()) + " " + texts.text("capacity.field." + field));
      }
    }
    return String.join(", ", leftOut);
  }

  /**
   * Whether the form holds anything not saved: a value that differs from the stored one, or a typed
   * value that was refused. The page warns before it is left then.
   */
  public boolean isUnsaved() {
    return policies.stream().anyMatch(p -> p.isChanged() || !p.getRefused().isEmpty());
  }

  /**
   * The precedences that more than one media type has, as typed: "Precedence 2: CHAT, SMS". Design
   * section 3 makes precedence a rank that decides which type an agent is offered first; between
   * types of the same rank it decides nothing (priority and waiting time do), which is allowed (the
   * service and the API accept it) but rarely meant, so the editor warns and does not refuse.
   */
  public List<String> getPrecedenceTies() {
    return preview().precedenceOrder().stream()
        .collect(
            Collectors.groupingBy(
                MediaPolicy::precedence,
                TreeMap::new,
                Collectors.mapping(MediaPolicy::code, Collectors.joining(", "))))
        .entrySet()
        .stream()
        .filter(rank -> rank.getValue().contains(","))
        .map(rank -> texts.text("capacity.precedenceTie", rank.getKey(), rank.getValue()))
        .toList();
  }

  /** How many interactions of each type one agent holds at once with nothing else in hand. */
  public List<Alone> getAlone() {
    CapacityPreview preview = preview();
    return preview.precedenceOrder().stream()
        .map(p -> new Alone(p.code(), preview.aloneAtOnce(p.code())))
        .toList();
  }

  /** The types in the order they are served, with their precedence: "VOICE (1)". */
  public List<String> getPrecedenceOrder() {
    return preview().precedenceOrder().stream()
        .map(p -> texts.text("capacity.rank", texts.channel(p.code()), p.precedence()))
        .toList();
  }

  /** Example hands like those of docs/design.md section 3.4, each with what may still come. */
  public List<HandLine> getHands() {
    return preview().examples().stream().map(this::line).toList();
  }

  private HandLine line(Hand hand) {
    String held =
        hand.held().entrySet().stream()
            .map(inHand -> inHand.getValue() + " × " + texts.channel(inHand.getKey()))
            .collect(Collectors.joining(" + "));
    return new HandLine(
        texts.text("capacity.inHand", held, hand.used(), hand.spare()),
        codes(hand.withOffer(Offer.NORMAL)),
        codes(hand.withOffer(Offer.OVERRIDE)),
        hand.withOffer(Offer.REFUSED).isEmpty()
            ? texts.text("capacityModel.none")
            : hand.withOffer(Offer.REFUSED).stream()
                .map(verdict -> why(verdict, hand.spare()))
                .collect(Collectors.joining(", ")));
  }

  private String codes(List<Verdict> verdicts) {
    return verdicts.isEmpty()
        ? texts.text("capacityModel.none")
        : verdicts.stream()
            .map(v -> texts.channel(v.policy().code()))
            .collect(Collectors.joining(", "));
  }

  private String why(Verdict verdict, int spare) {
    return verdict.shortfall() == Shortfall.SPARE
        ? texts.text(
            "capacity.needsSpare",
            texts.channel(verdict.policy().code()),
            verdict.policy().requiredSpare())
        : texts.text(
            "capacity.shareTooBig",
            texts.channel(verdict.policy().code()),
            verdict.policy().share(),
            spare);
  }
}
