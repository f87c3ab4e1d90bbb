// chaos-validate runs Chaos Mesh's own admission webhook code (defaulting, then validation on create, from the
// module github.com/chaos-mesh/chaos-mesh/api) on every object of a multi-document YAML or JSON stream read from
// stdin: what the chaos-mesh webhook of a cluster would refuse (a container-kill without a container, a direction
// that external targets do not allow, a duration that does not parse), which the CRDs' schemas let through.
// Built by deploy/k8s/build-tools.sh; used by ChaosExperimentsE2ETests (docs/adr/0035).
//
// Prints "valid <kind>/<name>" or "refused <kind>/<name>: <reasons>" per object; exits 1 if any is refused.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/chaos-mesh/chaos-mesh/api/v1alpha1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/controller-runtime/pkg/webhook/admission"
	"sigs.k8s.io/yaml"
)

type defaulter interface {
	Default(context.Context, runtime.Object) error
}

type validator interface {
	ValidateCreate(context.Context, runtime.Object) (admission.Warnings, error)
}

func main() {
	scheme := runtime.NewScheme()
	if err := v1alpha1.AddToScheme(scheme); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	// YAML documents or concatenated JSON objects, as kubectl reads them.
	decoder := utilyaml.NewYAMLOrJSONDecoder(os.Stdin, 4096)
	refused := 0
	for {
		var object unstructured.Unstructured
		if err := decoder.Decode(&object.Object); err == io.EOF {
			break
		} else if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if object.Object == nil {
			continue
		}
		document, err := json.Marshal(object.Object)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		name := object.GetKind() + "/" + object.GetName()
		typed, err := scheme.New(object.GroupVersionKind())
		if err != nil {
			fmt.Printf("refused %s: not a Chaos Mesh kind (%v)\n", name, err)
			refused++
			continue
		}
		if err := yaml.UnmarshalStrict(document, typed); err != nil {
			fmt.Printf("refused %s: %v\n", name, err)
			refused++
			continue
		}
		if d, ok := typed.(defaulter); ok {
			if err := d.Default(context.Background(), typed); err != nil {
				fmt.Printf("refused %s: defaulting: %v\n", name, err)
				refused++
				continue
			}
		}
		v, ok := typed.(validator)
		if !ok {
			fmt.Printf("refused %s: no validation for this kind\n", name)
			refused++
			continue
		}
		if _, err := v.ValidateCreate(context.Background(), typed); err != nil {
			fmt.Printf("refused %s: %v\n", name, err)
			refused++
			continue
		}
		fmt.Printf("valid %s\n", name)
	}
	if refused > 0 {
		os.Exit(1)
	}
}
